-- 0002: the timeline's covering indexes hold the hypothetical flag too.
--
-- Timeline counts asserted events (neither negated nor hypothetical) unless
-- asked otherwise; with the flag included, a timeline between two actors
-- stays an index-only scan.
DROP INDEX events_source;
DROP INDEX events_target;
CREATE INDEX events_source ON events (source, target, date) INCLUDE (quad, goldstein, negated, hypothetical);
CREATE INDEX events_target ON events (target, source, date) INCLUDE (quad, goldstein, negated, hypothetical);
