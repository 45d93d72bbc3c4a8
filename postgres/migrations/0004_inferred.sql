-- 0004: which actor's country of an event was inferred (Event.Inferred:
-- "source", "target", "both"), so that queries can leave such events out.
-- Events stored before name only what the text names: ''.
ALTER TABLE events ADD COLUMN inferred TEXT NOT NULL DEFAULT '';
