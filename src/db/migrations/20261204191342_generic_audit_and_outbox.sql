CREATE TABLE "outbox" (
	"subject_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"topic" text NOT NULL,
	"payload" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"available_at" timestamp with time zone NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"delivered_at" timestamp with time zone,
	"last_error" text,
	CONSTRAINT "outbox_subject_id_id_pk" PRIMARY KEY("subject_id","id")
);
--> statement-breakpoint
CREATE TABLE "outbox_receipts" (
	"subject_id" uuid NOT NULL,
	"consumer" text NOT NULL,
	"message_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "outbox_receipts_subject_id_consumer_message_id_pk" PRIMARY KEY("subject_id","consumer","message_id")
);
--> statement-breakpoint
-- The subject audit becomes the audit of any business-owned record. Renames, not copies: the rows stay
-- where they are, every existing row belongs to the subjects room, and the monthly partitions follow the
-- new name so kernel/audit-partitions.ts finds them.
ALTER TABLE "subject_audit" RENAME TO "record_audit";--> statement-breakpoint
ALTER TABLE "record_audit" RENAME COLUMN "entity" TO "record_type";--> statement-breakpoint
ALTER TABLE "record_audit" RENAME COLUMN "entity_id" TO "record_id";--> statement-breakpoint
ALTER INDEX "subject_audit_division_idx" RENAME TO "record_audit_division_idx";--> statement-breakpoint
ALTER TABLE "record_audit" RENAME CONSTRAINT "subject_audit_subject_id_id_at_pk" TO "record_audit_subject_id_id_at_pk";--> statement-breakpoint
ALTER TABLE "record_audit" ADD COLUMN "room" text NOT NULL DEFAULT 'subjects';--> statement-breakpoint
ALTER TABLE "record_audit" ALTER COLUMN "room" DROP DEFAULT;--> statement-breakpoint
DO $$
DECLARE part record;
BEGIN
  FOR part IN SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
              WHERE i.inhparent = 'record_audit'::regclass AND c.relname LIKE 'subject\_audit\_%' LOOP
    EXECUTE format('ALTER TABLE %I RENAME TO %I', part.relname, replace(part.relname, 'subject_audit_', 'record_audit_'));
  END LOOP;
END $$;--> statement-breakpoint
CREATE INDEX "outbox_due_idx" ON "outbox" USING btree ("available_at") WHERE "outbox"."delivered_at" is null;--> statement-breakpoint
CREATE INDEX "record_audit_record_idx" ON "record_audit" USING btree ("subject_id","room","record_type","record_id");