CREATE TABLE "check_ins" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key_result_id" uuid NOT NULL,
	"comment" text NOT NULL,
	"confidence" text,
	"value" double precision,
	"progress" double precision,
	"status" text NOT NULL,
	"created_by" text NOT NULL,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "goal_settings" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"at_risk_gap_percent" integer DEFAULT 10 NOT NULL,
	"off_track_gap_percent" integer DEFAULT 25 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "goal_settings_single_row" CHECK ("goal_settings"."id" = 1),
	CONSTRAINT "goal_settings_gaps" CHECK ("goal_settings"."at_risk_gap_percent" between 0 and 100 and "goal_settings"."off_track_gap_percent" between "goal_settings"."at_risk_gap_percent" and 100)
);
--> statement-breakpoint
CREATE TABLE "key_results" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"objective_id" uuid NOT NULL,
	"metric_id" uuid NOT NULL,
	"title" text NOT NULL,
	"baseline" double precision NOT NULL,
	"target" double precision NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "key_results_period_check" CHECK ("key_results"."period_start" <= "key_results"."period_end")
);
--> statement-breakpoint
CREATE TABLE "measurement_batches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"idempotency_key" text NOT NULL,
	"payload_hash" text NOT NULL,
	"points" integer NOT NULL,
	"corrected" integer DEFAULT 0 NOT NULL,
	"source" text NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "measurement_batches_idempotency_key_unique" UNIQUE("idempotency_key")
);
--> statement-breakpoint
CREATE TABLE "measurement_revisions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"metric_id" uuid NOT NULL,
	"measured_at" timestamp with time zone NOT NULL,
	"value" double precision NOT NULL,
	"batch_id" uuid NOT NULL,
	"replaced_by_batch_id" uuid NOT NULL,
	"replaced_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "measurements" (
	"metric_id" uuid NOT NULL,
	"measured_at" timestamp with time zone NOT NULL,
	"value" double precision NOT NULL,
	"batch_id" uuid NOT NULL,
	CONSTRAINT "measurements_metric_id_measured_at_pk" PRIMARY KEY("metric_id","measured_at") INCLUDE ("value")
);
--> statement-breakpoint
CREATE TABLE "metrics" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"name_de" text NOT NULL,
	"name_en" text NOT NULL,
	"unit" text NOT NULL,
	"direction" text NOT NULL,
	"aggregation" text NOT NULL,
	"owner_team_id" uuid NOT NULL,
	"customer_value" boolean DEFAULT false NOT NULL,
	"source" text DEFAULT 'manual' NOT NULL,
	"expected_interval_days" integer DEFAULT 7 NOT NULL,
	"min_value" double precision,
	"max_value" double precision,
	"last_measured_at" timestamp with time zone,
	"last_value" double precision,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "metrics_unit_check" CHECK ("metrics"."unit" in ('count','percent','cents','minutes','score')),
	CONSTRAINT "metrics_direction_check" CHECK ("metrics"."direction" in ('higher_is_better','lower_is_better')),
	CONSTRAINT "metrics_aggregation_check" CHECK ("metrics"."aggregation" in ('sum','average','last')),
	CONSTRAINT "metrics_source_check" CHECK ("metrics"."source" in ('manual','api','import')),
	CONSTRAINT "metrics_interval_check" CHECK ("metrics"."expected_interval_days" between 1 and 366)
);
--> statement-breakpoint
CREATE TABLE "objectives" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"team_id" uuid,
	"quarter" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"contributes_to" uuid,
	"created_by" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "objectives_quarter_check" CHECK ("objectives"."quarter" ~ '^[0-9]{4}-Q[1-4]$'),
	CONSTRAINT "objectives_org_contributes_check" CHECK ("objectives"."team_id" is not null or "objectives"."contributes_to" is null)
);
--> statement-breakpoint
ALTER TABLE "check_ins" ADD CONSTRAINT "check_ins_key_result_id_key_results_id_fk" FOREIGN KEY ("key_result_id") REFERENCES "public"."key_results"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "key_results" ADD CONSTRAINT "key_results_objective_id_objectives_id_fk" FOREIGN KEY ("objective_id") REFERENCES "public"."objectives"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "key_results" ADD CONSTRAINT "key_results_metric_id_metrics_id_fk" FOREIGN KEY ("metric_id") REFERENCES "public"."metrics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measurements" ADD CONSTRAINT "measurements_metric_id_metrics_id_fk" FOREIGN KEY ("metric_id") REFERENCES "public"."metrics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measurements" ADD CONSTRAINT "measurements_batch_id_measurement_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."measurement_batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "metrics" ADD CONSTRAINT "metrics_owner_team_id_teams_id_fk" FOREIGN KEY ("owner_team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objectives" ADD CONSTRAINT "objectives_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "check_ins_key_result_idx" ON "check_ins" USING btree ("key_result_id","created_at");--> statement-breakpoint
CREATE INDEX "key_results_objective_idx" ON "key_results" USING btree ("objective_id","position");--> statement-breakpoint
CREATE INDEX "key_results_metric_idx" ON "key_results" USING btree ("metric_id");--> statement-breakpoint
CREATE INDEX "measurement_revisions_point_idx" ON "measurement_revisions" USING btree ("metric_id","measured_at");--> statement-breakpoint
CREATE UNIQUE INDEX "metrics_key_key" ON "metrics" USING btree ("key");--> statement-breakpoint
CREATE INDEX "metrics_owner_team_idx" ON "metrics" USING btree ("owner_team_id");--> statement-breakpoint
CREATE INDEX "objectives_quarter_team_idx" ON "objectives" USING btree ("quarter","team_id");--> statement-breakpoint
CREATE INDEX "objectives_team_idx" ON "objectives" USING btree ("team_id","quarter");--> statement-breakpoint
CREATE INDEX "objectives_contributes_idx" ON "objectives" USING btree ("contributes_to");--> statement-breakpoint
-- Check-ins, measurement batches and replaced values are history: they are never changed.
CREATE TRIGGER check_ins_append_only BEFORE UPDATE OR DELETE ON check_ins
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
--> statement-breakpoint
CREATE TRIGGER measurement_batches_append_only BEFORE UPDATE OR DELETE ON measurement_batches
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
--> statement-breakpoint
CREATE TRIGGER measurement_revisions_append_only BEFORE UPDATE OR DELETE ON measurement_revisions
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
--> statement-breakpoint
-- Organization objectives are objectives without a team; a team objective contributes to one of them.
ALTER TABLE "objectives" ADD CONSTRAINT "objectives_contributes_to_fk" FOREIGN KEY ("contributes_to") REFERENCES "public"."objectives"("id");
--> statement-breakpoint
INSERT INTO goal_settings (id, at_risk_gap_percent, off_track_gap_percent) VALUES (1, 10, 25);
