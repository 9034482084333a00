import { Card, Empty, Flex, Timeline, Typography } from 'antd';
import { LoadState } from '../../../components/load-state.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import type { HistoryEntry } from '../../../../../src/modules/subjects/contract.ts';
import { useSubjectHistory } from '../api/get-subject-history.ts';
import { useSubjectsI18n } from '../messages.ts';

/** Coded values worth a label, by the entity the change is about and the field. */
const valueAreas: Record<string, Record<string, string>> = {
  subject: { kind: 'kind', category: 'category', status: 'subjectStatus' },
  licence: { kind: 'licenceKind' },
};

function Changes({ entity, changes }: { entity: string; changes: HistoryEntry['changes'] }) {
  const { tOr } = useSubjectsI18n();
  const label = (field: string) => tOr([`${entity}.${field}`], field);
  const show = (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === '') return '—';
    if (typeof value === 'string') return tOr(valueAreas[entity]?.[field] ? [`${valueAreas[entity][field]}.${value}`] : [], value);
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    if (Array.isArray(value)) return value.length ? value.map((item) => show(field, item)).join('; ') : '—';
    // A contact and the like: its parts in order, blanks left out.
    return Object.values(value)
      .map((part) => show(field, part))
      .filter((text) => text !== '—')
      .join(' ');
  };
  return (
    <Flex vertical gap={2}>
      {changes.map((change) => (
        <Typography.Text key={change.field} style={{ fontSize: 13, wordBreak: 'break-all' }}>
          {label(change.field)}:{' '}
          <Typography.Text delete type="secondary">
            {show(change.field, change.before)}
          </Typography.Text>
          {' → '}
          {show(change.field, change.after)}
        </Typography.Text>
      ))}
    </Flex>
  );
}

/** Who changed what and when, newest first, as the server's audit trail records it. */
export function HistoryTimeline({ subjectId }: { subjectId: string }) {
  const { t, tOr } = useSubjectsI18n();
  const { data, error, refetch } = useSubjectHistory(subjectId);
  // A system actor is named by what it is (`cli:start` is the command line); people by their name.
  const actorName = ({ name, role }: HistoryEntry['actor']) =>
    role === 'system' ? tOr(`systemActor.${name.replace(/:.*/, '')}`, name) : name;

  return (
    <Card size="small" title={t('subject.section.history')}>
      {!data ? (
        <LoadState error={error} onRetry={() => void refetch()} />
      ) : data.items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <Timeline
          items={data.items.map((entry) => ({
            key: entry.id,
            content: (
              <Flex vertical gap={4}>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatDateTime(entry.at)}
                </Typography.Text>
                <Typography.Text>
                  <Typography.Text strong>{actorName(entry.actor)}</Typography.Text>
                  {` (${tOr(`role.${entry.actor.role}`, entry.actor.role)}) · ${tOr(`history.action.${entry.action}`, entry.action)}`}
                </Typography.Text>
                <Changes entity={entry.entity} changes={entry.changes} />
              </Flex>
            ),
          }))}
        />
      )}
    </Card>
  );
}
