/**
 * How each table will live on a sharded cluster (docs/scale-out.md): reference tables are copied to
 * every node, distributed tables are sharded by subject_id, local tables stay on the coordinator.
 * A test checks this list against the schema and the catalog.
 */
export const TABLE_CLASSES = {
  divisions: 'reference',
  subjects: 'reference',
  subject_file_counters: 'reference',
  accounts: 'reference',
  subject_licences: 'distributed',
  subject_attachments: 'distributed',
  subject_audit: 'distributed',
  sessions: 'local',
  platform_audit: 'local',
} as const satisfies Record<string, 'reference' | 'distributed' | 'local'>;
