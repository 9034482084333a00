DROP INDEX "subjects_name_trgm_idx";--> statement-breakpoint
ALTER TABLE "subjects" ADD COLUMN "doubled_name" text GENERATED ALWAYS AS (regexp_replace(name, '(.)', '\1\1', 'g')) STORED NOT NULL;--> statement-breakpoint
CREATE INDEX "subjects_kind_idx" ON "subjects" USING btree ("kind","division_code","file_no");--> statement-breakpoint
CREATE INDEX "subjects_category_idx" ON "subjects" USING btree ("category","division_code","file_no");--> statement-breakpoint
CREATE INDEX "subjects_unlicensed_idx" ON "subjects" USING btree ("division_code","file_no") WHERE "subjects"."licence_count" = 0;--> statement-breakpoint
CREATE INDEX "subjects_nearest_expiry_idx" ON "subjects" USING btree ("nearest_expiry");--> statement-breakpoint
CREATE INDEX "subjects_doubled_name_trgm_idx" ON "subjects" USING gin ("doubled_name" gin_trgm_ops) WITH (fastupdate=false);