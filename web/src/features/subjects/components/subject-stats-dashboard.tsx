import { Card, Col, Row, Statistic } from 'antd';
import { Link } from 'react-router';
import { EChart, type EChartOption } from '../../../components/echart.tsx';
import { LoadState } from '../../../components/load-state.tsx';
import type { SubjectStats } from '../../../../../src/modules/subjects/contract.ts';
import { useSubjectStats } from '../api/get-subject-stats.ts';
import { licenceStatusColors, subjectKinds } from '../vocabulary.ts';
import { useSubjectsI18n, type SubjectsTranslate } from '../messages.ts';

/** Counts of the caller's subjects (the server scopes them): by kind, by district, by licence status. */
export function SubjectStatsDashboard() {
  const { t } = useSubjectsI18n();
  const { data: stats, error, refetch } = useSubjectStats();
  if (!stats) return <LoadState error={error} onRetry={() => void refetch()} />;

  const total = stats.byKind.reduce((sum, row) => sum + row.count, 0);
  return (
    <Row gutter={[16, 16]}>
      <Col xs={12} md={8} xl={4}>
        <Card size="small">
          <Statistic title={t('stats.total')} value={total} />
        </Card>
      </Col>
      {subjectKinds.map((kind) => (
        <Col key={kind} xs={12} md={8} xl={5}>
          <Card size="small">
            <Link to={`/subjects?kind=${kind}`}>
              <Statistic title={t(`kind.${kind}`)} value={stats.byKind.find((row) => row.kind === kind)?.count ?? 0} />
            </Link>
          </Card>
        </Col>
      ))}
      <Col xs={24} lg={14}>
        <Card size="small" title={t('stats.byDivision')}>
          <EChart option={divisionBars(stats)} label={t('stats.byDivision')} />
        </Card>
      </Col>
      <Col xs={24} lg={10}>
        <Card size="small" title={t('stats.byLicenceStatus')}>
          <EChart option={licencePie(stats, t)} label={t('stats.byLicenceStatus')} />
        </Card>
      </Col>
    </Row>
  );
}

function divisionBars(stats: SubjectStats): EChartOption {
  const rows = stats.byDivision.toSorted((a, b) => b.count - a.count);
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: rows.map((row) => row.divisionName), axisLabel: { interval: 0, rotate: rows.length > 6 ? 30 : 0 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', data: rows.map((row) => row.count), itemStyle: { color: '#16803c' }, barMaxWidth: 36 }],
  };
}

function licencePie(stats: SubjectStats, t: SubjectsTranslate): EChartOption {
  return {
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    legend: { bottom: 0 },
    series: [
      {
        type: 'pie',
        radius: ['40%', '68%'],
        top: -24,
        label: { formatter: '{c}' },
        data: stats.byLicenceStatus.map((row) => ({
          name: t(`licenceStatus.${row.status}`),
          value: row.count,
          itemStyle: { color: licenceStatusColors[row.status].chart },
        })),
      },
    ],
  };
}
