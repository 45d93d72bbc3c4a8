-- 0004: the PLOVER category of each event, beside its CAMEO code.
--
-- The events stage gives new events their category (events.PLOVER, after
-- the PLOVER project's CAMEO2PLOVER table, CC BY-SA 4.0: see NOTICE); the
-- events stored before get it here from their code, by the same map, which
-- a test in cmd/dyad checks code by code (TestPLOVERMigration).
ALTER TABLE events ADD COLUMN plover TEXT NOT NULL DEFAULT '';
UPDATE events SET plover = CASE
	WHEN code = '015' THEN 'CONCEDE'
	WHEN code = '016' THEN 'REJECT'
	WHEN code = '018' THEN 'SUPPORT'
	WHEN code = '019' THEN 'AGREE'
	WHEN code IN ('084', '0841', '0842', '085', '086', '0861', '0862', '0863', '0813', '0814',
		'087', '0871', '0872', '0873', '0874') THEN 'RETREAT'
	WHEN code IN ('163', '191', '192') THEN 'COERCE'
	WHEN code IN ('1712', '175') THEN 'ASSAULT'
	WHEN substr(code, 1, 2) IN ('02', '10') THEN 'DEMAND'
	WHEN substr(code, 1, 2) = '03' THEN 'AGREE'
	WHEN substr(code, 1, 2) = '04' THEN 'CONSULT'
	WHEN substr(code, 1, 2) = '05' THEN 'SUPPORT'
	WHEN substr(code, 1, 2) = '06' THEN 'COOPERATE'
	WHEN substr(code, 1, 2) = '07' THEN 'AID'
	WHEN substr(code, 1, 2) = '08' THEN 'CONCEDE'
	WHEN substr(code, 1, 2) = '09' THEN 'INVESTIGATE'
	WHEN substr(code, 1, 2) = '11' THEN 'DISAPPROVE'
	WHEN substr(code, 1, 2) = '12' THEN 'REJECT'
	WHEN substr(code, 1, 2) = '13' THEN 'THREATEN'
	WHEN substr(code, 1, 2) = '14' THEN 'PROTEST'
	WHEN substr(code, 1, 2) = '15' THEN 'MOBILIZE'
	WHEN substr(code, 1, 2) = '16' THEN 'SANCTION'
	WHEN substr(code, 1, 2) = '17' THEN 'COERCE'
	WHEN substr(code, 1, 2) IN ('18', '20') THEN 'ASSAULT'
	WHEN substr(code, 1, 2) = '19' THEN 'FIGHT'
	ELSE '' END;
CREATE INDEX events_plover ON events (plover, date);
