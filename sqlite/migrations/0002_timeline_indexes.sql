-- 0002: covering indexes for the timeline between two actors.
--
-- A timeline query asks for the events from A to B and from B to A; each
-- direction is a range scan of one of these indexes that never touches the
-- table (every column the timeline sums is in the index).
CREATE INDEX events_dyad_st ON events (source, target, date, negated, quad, goldstein);
CREATE INDEX events_dyad_ts ON events (target, source, date, negated, quad, goldstein);
