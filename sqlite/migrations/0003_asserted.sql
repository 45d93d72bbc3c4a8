-- 0003: the timeline's covering indexes hold the hypothetical flag too.
--
-- Timeline counts asserted events (neither negated nor hypothetical) unless
-- asked otherwise; with the flag in the index each direction stays a range
-- scan that never touches the table.
DROP INDEX events_dyad_st;
DROP INDEX events_dyad_ts;
CREATE INDEX events_dyad_st ON events (source, target, date, negated, hypothetical, quad, goldstein);
CREATE INDEX events_dyad_ts ON events (target, source, date, negated, hypothetical, quad, goldstein);
