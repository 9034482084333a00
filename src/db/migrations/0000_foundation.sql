-- Hand-edited after drizzle-kit generate: pg_trgm for substring search on names, and monthly
-- range partitions for subject_audit (drizzle has no partition API; kernel/audit-partitions.ts adds months).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE TABLE "platform_audit" (
	"id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"action" text NOT NULL,
	"actor_id" uuid,
	"actor_name" text NOT NULL,
	"actor_role" text NOT NULL,
	"request_id" text,
	"ip" text,
	"changes" jsonb NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text,
	CONSTRAINT "platform_audit_id_pk" PRIMARY KEY("id")
);
--> statement-breakpoint
CREATE TABLE "subject_audit" (
	"subject_id" uuid NOT NULL,
	"division_code" char(6) NOT NULL,
	"entity" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"action" text NOT NULL,
	"actor_id" uuid,
	"actor_name" text NOT NULL,
	"actor_role" text NOT NULL,
	"request_id" text,
	"ip" text,
	"changes" jsonb NOT NULL,
	CONSTRAINT "subject_audit_subject_id_id_at_pk" PRIMARY KEY("subject_id","id","at")
) PARTITION BY RANGE ("at");
--> statement-breakpoint
CREATE TABLE "divisions" (
	"code" char(6) PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"level" smallint NOT NULL,
	"parent_code" char(6)
);
--> statement-breakpoint
CREATE TABLE "subject_attachments" (
	"subject_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"licence_id" uuid,
	"filename" text NOT NULL,
	"content_type" text NOT NULL,
	"size" bigint NOT NULL,
	"sha256" char(64) NOT NULL,
	"content" "bytea" NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	CONSTRAINT "subject_attachments_subject_id_id_pk" PRIMARY KEY("subject_id","id")
);
--> statement-breakpoint
CREATE TABLE "subject_file_counters" (
	"division_code" char(6) NOT NULL,
	"kind" text NOT NULL,
	"last_serial" integer NOT NULL,
	CONSTRAINT "subject_file_counters_division_code_kind_pk" PRIMARY KEY("division_code","kind")
);
--> statement-breakpoint
CREATE TABLE "subject_licences" (
	"subject_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"kind" text NOT NULL,
	"number" text NOT NULL,
	"issuer" text,
	"issued_on" date NOT NULL,
	"expires_on" date,
	"scope" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "subject_licences_subject_id_id_pk" PRIMARY KEY("subject_id","id")
);
--> statement-breakpoint
CREATE TABLE "subjects" (
	"id" uuid PRIMARY KEY NOT NULL,
	"file_no" text NOT NULL,
	"kind" text NOT NULL,
	"category" text NOT NULL,
	"name" text NOT NULL,
	"credit_code" char(18),
	"division_code" char(6) NOT NULL,
	"address" text NOT NULL,
	"market_id" uuid,
	"stall_no" text,
	"legal_representative" text,
	"legal_representative_id_number" text,
	"contacts" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"licence_count" integer DEFAULT 0 NOT NULL,
	"nearest_expiry" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "accounts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"username" text NOT NULL,
	"display_name" text NOT NULL,
	"role" text NOT NULL,
	"division_code" char(6),
	"subject_id" uuid,
	"password_hash" text NOT NULL,
	"disabled" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"account_id" uuid NOT NULL,
	"token_hash" char(64) NOT NULL,
	"kind" text NOT NULL,
	"name" text,
	"ip" text,
	"user_agent" text,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "subject_attachments" ADD CONSTRAINT "subject_attachments_subject_id_subjects_id_fk" FOREIGN KEY ("subject_id") REFERENCES "public"."subjects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subject_attachments" ADD CONSTRAINT "subject_attachments_licence_fk" FOREIGN KEY ("subject_id","licence_id") REFERENCES "public"."subject_licences"("subject_id","id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subject_licences" ADD CONSTRAINT "subject_licences_subject_id_subjects_id_fk" FOREIGN KEY ("subject_id") REFERENCES "public"."subjects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subjects" ADD CONSTRAINT "subjects_market_fk" FOREIGN KEY ("market_id") REFERENCES "public"."subjects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_subject_id_subjects_id_fk" FOREIGN KEY ("subject_id") REFERENCES "public"."subjects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "platform_audit_at_idx" ON "platform_audit" USING btree ("at");--> statement-breakpoint
CREATE INDEX "subject_audit_division_idx" ON "subject_audit" USING btree ("division_code","at");--> statement-breakpoint
CREATE INDEX "divisions_parent_idx" ON "divisions" USING btree ("parent_code");--> statement-breakpoint
CREATE UNIQUE INDEX "subject_licences_number_key" ON "subject_licences" USING btree ("subject_id","kind","number");--> statement-breakpoint
CREATE INDEX "subject_licences_number_idx" ON "subject_licences" USING btree ("number");--> statement-breakpoint
CREATE UNIQUE INDEX "subjects_file_no_key" ON "subjects" USING btree ("file_no");--> statement-breakpoint
CREATE UNIQUE INDEX "subjects_credit_code_key" ON "subjects" USING btree ("credit_code");--> statement-breakpoint
CREATE INDEX "subjects_division_idx" ON "subjects" USING btree ("division_code","file_no");--> statement-breakpoint
CREATE INDEX "subjects_market_idx" ON "subjects" USING btree ("market_id");--> statement-breakpoint
CREATE INDEX "subjects_name_trgm_idx" ON "subjects" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "accounts_username_key" ON "accounts" USING btree ("username");--> statement-breakpoint
CREATE UNIQUE INDEX "sessions_token_hash_key" ON "sessions" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "sessions_account_idx" ON "sessions" USING btree ("account_id");