CREATE TABLE "cadences" (
	"key" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"frequency" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"participants" text DEFAULT '' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consumption" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"team_id" uuid NOT NULL,
	"service_id" uuid NOT NULL,
	"month" text NOT NULL,
	"quantity" bigint NOT NULL,
	"unit_price_cents" bigint NOT NULL,
	"batch_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "consumption_quantity_non_negative" CHECK ("consumption"."quantity" >= 0)
);
--> statement-breakpoint
CREATE TABLE "consumption_batches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"idempotency_key" text NOT NULL,
	"payload_hash" text NOT NULL,
	"entries" integer NOT NULL,
	"total_cost_cents" bigint NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "consumption_batches_idempotency_key_unique" UNIQUE("idempotency_key")
);
--> statement-breakpoint
CREATE TABLE "decision_approvals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"decision_id" uuid NOT NULL,
	"approver_role" text NOT NULL,
	"verdict" text NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"approver_user_id" uuid NOT NULL,
	"approver_name" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "decision_rule_sets" (
	"version" integer PRIMARY KEY NOT NULL,
	"default_autonomy_limit_cents" bigint NOT NULL,
	"rules" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"team_id" uuid NOT NULL,
	"title" text NOT NULL,
	"category" text NOT NULL,
	"context" text DEFAULT '' NOT NULL,
	"options" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"choice" text DEFAULT '' NOT NULL,
	"rationale" text DEFAULT '' NOT NULL,
	"budget_impact_cents" bigint DEFAULT 0 NOT NULL,
	"personal_data" boolean DEFAULT false NOT NULL,
	"new_vendor" boolean DEFAULT false NOT NULL,
	"affected_service_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"links" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'proposed' NOT NULL,
	"supersedes_id" uuid,
	"superseded_by_id" uuid,
	"proposed_by_user_id" uuid,
	"proposed_by_label" text NOT NULL,
	"rule_set_version" integer,
	"evaluation" jsonb,
	"submitted_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "model_role_holders" (
	"role_key" text NOT NULL,
	"person_id" uuid NOT NULL,
	CONSTRAINT "model_role_holders_role_key_person_id_pk" PRIMARY KEY("role_key","person_id")
);
--> statement-breakpoint
CREATE TABLE "model_roles" (
	"key" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"responsibilities" text DEFAULT '' NOT NULL,
	"approver" boolean DEFAULT false NOT NULL,
	"position" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "operating_model" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"decision_wait_days" integer DEFAULT 14 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "operating_model_single_row" CHECK ("operating_model"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE "service_dependencies" (
	"service_id" uuid NOT NULL,
	"depends_on_id" uuid NOT NULL,
	CONSTRAINT "service_dependencies_service_id_depends_on_id_pk" PRIMARY KEY("service_id","depends_on_id"),
	CONSTRAINT "service_dependencies_not_self" CHECK ("service_dependencies"."service_id" <> "service_dependencies"."depends_on_id")
);
--> statement-breakpoint
CREATE TABLE "services" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"owner_team_id" uuid,
	"criticality" text NOT NULL,
	"lifecycle" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"links" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"unit" text,
	"unit_price_cents" bigint,
	"service_levels" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "services_price_only_provided" CHECK ("services"."kind" <> 'business_service' or ("services"."unit_price_cents" is null and "services"."unit" is null))
);
--> statement-breakpoint
ALTER TABLE "teams" ADD COLUMN "autonomy_limit_cents" bigint;--> statement-breakpoint
ALTER TABLE "consumption" ADD CONSTRAINT "consumption_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consumption" ADD CONSTRAINT "consumption_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consumption" ADD CONSTRAINT "consumption_batch_id_consumption_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."consumption_batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_approvals" ADD CONSTRAINT "decision_approvals_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_approvals" ADD CONSTRAINT "decision_approvals_approver_user_id_users_id_fk" FOREIGN KEY ("approver_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_proposed_by_user_id_users_id_fk" FOREIGN KEY ("proposed_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_rule_set_version_decision_rule_sets_version_fk" FOREIGN KEY ("rule_set_version") REFERENCES "public"."decision_rule_sets"("version") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "model_role_holders" ADD CONSTRAINT "model_role_holders_role_key_model_roles_key_fk" FOREIGN KEY ("role_key") REFERENCES "public"."model_roles"("key") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "model_role_holders" ADD CONSTRAINT "model_role_holders_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_dependencies" ADD CONSTRAINT "service_dependencies_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_dependencies" ADD CONSTRAINT "service_dependencies_depends_on_id_services_id_fk" FOREIGN KEY ("depends_on_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services" ADD CONSTRAINT "services_owner_team_id_teams_id_fk" FOREIGN KEY ("owner_team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "consumption_team_service_month_key" ON "consumption" USING btree ("team_id","service_id","month");--> statement-breakpoint
CREATE INDEX "consumption_service_month_idx" ON "consumption" USING btree ("service_id","month");--> statement-breakpoint
CREATE UNIQUE INDEX "decision_approvals_decision_role_key" ON "decision_approvals" USING btree ("decision_id","approver_role");--> statement-breakpoint
CREATE INDEX "decisions_team_idx" ON "decisions" USING btree ("team_id","created_at");--> statement-breakpoint
CREATE INDEX "decisions_status_idx" ON "decisions" USING btree ("status");--> statement-breakpoint
CREATE INDEX "model_role_holders_person_idx" ON "model_role_holders" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "service_dependencies_target_idx" ON "service_dependencies" USING btree ("depends_on_id");--> statement-breakpoint
CREATE UNIQUE INDEX "services_name_key" ON "services" USING btree (lower("name"));--> statement-breakpoint
CREATE INDEX "services_owner_idx" ON "services" USING btree ("owner_team_id");