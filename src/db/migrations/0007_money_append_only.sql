-- The ledger, its batches and budget reallocations are append-only: corrections are new entries.
CREATE TRIGGER ledger_entries_append_only BEFORE UPDATE OR DELETE ON ledger_entries
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
--> statement-breakpoint
CREATE TRIGGER ledger_batches_append_only BEFORE UPDATE OR DELETE ON ledger_batches
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
--> statement-breakpoint
CREATE TRIGGER budget_reallocations_append_only BEFORE UPDATE OR DELETE ON budget_reallocations
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
--> statement-breakpoint
-- A calendar fiscal year in euros until the organization says otherwise.
INSERT INTO finance_settings (id, fiscal_year_start_month, currency, first_fiscal_year) VALUES (1, 1, 'EUR', 2020);
