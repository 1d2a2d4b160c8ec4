CREATE TABLE "budget_lines" (
	"budget_id" uuid NOT NULL,
	"category" text NOT NULL,
	"expense_type" text NOT NULL,
	"amount_cents" bigint NOT NULL,
	CONSTRAINT "budget_lines_budget_id_category_expense_type_pk" PRIMARY KEY("budget_id","category","expense_type"),
	CONSTRAINT "budget_lines_amount_non_negative" CHECK ("budget_lines"."amount_cents" >= 0)
);
--> statement-breakpoint
CREATE TABLE "budget_reallocations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"fiscal_year" integer NOT NULL,
	"from_team_id" uuid NOT NULL,
	"to_team_id" uuid NOT NULL,
	"category" text NOT NULL,
	"expense_type" text NOT NULL,
	"month" text NOT NULL,
	"amount_cents" bigint NOT NULL,
	"reason" text NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "budget_reallocations_positive" CHECK ("budget_reallocations"."amount_cents" > 0),
	CONSTRAINT "budget_reallocations_distinct" CHECK ("budget_reallocations"."from_team_id" <> "budget_reallocations"."to_team_id")
);
--> statement-breakpoint
CREATE TABLE "budgets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"team_id" uuid NOT NULL,
	"fiscal_year" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"decision_comment" text DEFAULT '' NOT NULL,
	"proposed_by" text,
	"proposed_by_user_id" uuid,
	"proposed_at" timestamp with time zone,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "budgets_status_check" CHECK ("budgets"."status" in ('draft','proposed','approved','rejected'))
);
--> statement-breakpoint
CREATE TABLE "finance_settings" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"fiscal_year_start_month" integer DEFAULT 1 NOT NULL,
	"currency" text DEFAULT 'EUR' NOT NULL,
	"first_fiscal_year" integer DEFAULT 2020 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "finance_settings_single_row" CHECK ("finance_settings"."id" = 1),
	CONSTRAINT "finance_settings_start_month" CHECK ("finance_settings"."fiscal_year_start_month" between 1 and 12)
);
--> statement-breakpoint
CREATE TABLE "ledger_batches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"idempotency_key" text NOT NULL,
	"payload_hash" text NOT NULL,
	"entries" integer NOT NULL,
	"total_cents" bigint NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ledger_batches_idempotency_key_unique" UNIQUE("idempotency_key")
);
--> statement-breakpoint
CREATE TABLE "ledger_entries" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"team_id" uuid NOT NULL,
	"month" text NOT NULL,
	"kind" text NOT NULL,
	"category" text,
	"expense_type" text,
	"stream" text,
	"service_id" uuid,
	"amount_cents" bigint NOT NULL,
	"reference" text,
	"reverses_id" bigint,
	"batch_id" uuid,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ledger_entries_kind_check" CHECK ("ledger_entries"."kind" in ('budget','cost','revenue','allocation')),
	CONSTRAINT "ledger_entries_month_check" CHECK ("ledger_entries"."month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$')
);
--> statement-breakpoint
CREATE TABLE "ledger_monthly" (
	"team_id" uuid NOT NULL,
	"month" text NOT NULL,
	"kind" text NOT NULL,
	"category" text DEFAULT '' NOT NULL,
	"expense_type" text DEFAULT '' NOT NULL,
	"detail" text DEFAULT '' NOT NULL,
	"amount_cents" bigint NOT NULL,
	"entries" integer NOT NULL,
	CONSTRAINT "ledger_monthly_team_id_month_kind_category_expense_type_detail_pk" PRIMARY KEY("team_id","month","kind","category","expense_type","detail")
);
--> statement-breakpoint
CREATE TABLE "ledger_team_month" (
	"team_id" uuid NOT NULL,
	"month" text NOT NULL,
	"budget_cents" bigint DEFAULT 0 NOT NULL,
	"cost_cents" bigint DEFAULT 0 NOT NULL,
	"allocated_cents" bigint DEFAULT 0 NOT NULL,
	"revenue_cents" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "ledger_team_month_team_id_month_pk" PRIMARY KEY("team_id","month")
);
--> statement-breakpoint
ALTER TABLE "budget_lines" ADD CONSTRAINT "budget_lines_budget_id_budgets_id_fk" FOREIGN KEY ("budget_id") REFERENCES "public"."budgets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_reallocations" ADD CONSTRAINT "budget_reallocations_from_team_id_teams_id_fk" FOREIGN KEY ("from_team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_reallocations" ADD CONSTRAINT "budget_reallocations_to_team_id_teams_id_fk" FOREIGN KEY ("to_team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budgets" ADD CONSTRAINT "budgets_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_batch_id_ledger_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."ledger_batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "budget_reallocations_year_idx" ON "budget_reallocations" USING btree ("fiscal_year");--> statement-breakpoint
CREATE UNIQUE INDEX "budgets_team_year_key" ON "budgets" USING btree ("team_id","fiscal_year");--> statement-breakpoint
CREATE INDEX "budgets_year_idx" ON "budgets" USING btree ("fiscal_year","status");--> statement-breakpoint
CREATE INDEX "ledger_entries_team_month_idx" ON "ledger_entries" USING btree ("team_id","month");--> statement-breakpoint
CREATE INDEX "ledger_entries_batch_idx" ON "ledger_entries" USING btree ("batch_id");--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_entries_reverses_key" ON "ledger_entries" USING btree ("reverses_id");--> statement-breakpoint
CREATE INDEX "ledger_team_month_month_idx" ON "ledger_team_month" USING btree ("month","team_id");