-- The portfolio roll-up sums twelve rows per team in one hash aggregate. Split over parallel
-- workers, each worker's partial sums (128-bit states) are turned into numerics and back to be
-- combined, which costs more than the second process saves at 10,000 teams, and a request would
-- take two cores from the ones serving other requests. One process sums this table.
ALTER TABLE "ledger_team_month" SET (parallel_workers = 0);
