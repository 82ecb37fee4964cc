-- The thresholds of the procurement law as published, with their history (docs/purchasing.md names the sources).
-- A change is a new line from its date; the line it replaces ends the day before. The lowering of the
-- negotiated-procedure limit by the AR of 12 January 2026 is not entered: its amount (€140,000) is unconfirmed;
-- the purchaser adds it on the threshold page once published. Yearly steps are taken to start on 1 January.
INSERT INTO pu_threshold (kind, limit_amount, valid_from, valid_to, source) VALUES
    ('BEPERKTE_WAARDE', 30000.00, DATE '2017-06-30', NULL,
     'bosa.belgium.be, overheidsopdrachten van beperkte waarde'),
    ('ONDERHANDELING_ZONDER_BEKENDMAKING', 135000.00, DATE '2017-06-30', DATE '2018-01-01',
     'Wet 17 juni 2016 art. 42 §1 1° a; KB plaatsing 18 april 2017 art. 90 1° (publicprocurement.be)'),
    ('ONDERHANDELING_ZONDER_BEKENDMAKING', 144000.00, DATE '2018-01-01', DATE '2020-01-01',
     'publicprocurement.be (aanpassing 2018)'),
    ('ONDERHANDELING_ZONDER_BEKENDMAKING', 139000.00, DATE '2020-01-01', DATE '2022-01-01',
     'publicprocurement.be (aanpassing 2020)'),
    ('ONDERHANDELING_ZONDER_BEKENDMAKING', 140000.00, DATE '2022-01-01', DATE '2024-01-01',
     'publicprocurement.be (aanpassing 2022)'),
    ('ONDERHANDELING_ZONDER_BEKENDMAKING', 143000.00, DATE '2024-01-01', NULL,
     'publicprocurement.be (aanpassing 2024)'),
    ('EUROPESE_BEKENDMAKING_LEVERINGEN_DIENSTEN', 221000.00, DATE '2024-01-01', DATE '2026-01-01',
     'EU-drempels 2024-2025 voor subcentrale overheden (docs/purchasing.md)'),
    ('EUROPESE_BEKENDMAKING_LEVERINGEN_DIENSTEN', 216000.00, DATE '2026-01-01', NULL,
     'Verordening (EU) 2025/2152 (2026-2027)'),
    ('EUROPESE_BEKENDMAKING_WERKEN', 5538000.00, DATE '2024-01-01', DATE '2026-01-01',
     'EU-drempels 2024-2025 voor subcentrale overheden (docs/purchasing.md)'),
    ('EUROPESE_BEKENDMAKING_WERKEN', 5404000.00, DATE '2026-01-01', NULL,
     'Verordening (EU) 2025/2152 (2026-2027)');
