CREATE TABLE "audit_chain_head" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL,
	CONSTRAINT "audit_chain_head_single_row" CHECK ("audit_chain_head"."id" = 1)
);
--> statement-breakpoint
-- Start from the newest event, or from the genesis hash on an empty log.
INSERT INTO "audit_chain_head" ("id", "prev_hash", "hash")
SELECT 1,
  COALESCE((SELECT "prev_hash" FROM "audit_events" ORDER BY "seq" DESC LIMIT 1), repeat('0', 64)),
  COALESCE((SELECT "hash" FROM "audit_events" ORDER BY "seq" DESC LIMIT 1), repeat('0', 64));
