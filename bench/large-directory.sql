-- Adds a large generated directory on top of the demo data, for the benchmark: 5,000 service points with
-- locations and weekly hours, and 20,000 tasks linked to them. Idempotent: does nothing when already loaded.
DO $$
DECLARE
    words TEXT[] := ARRAY['aanvraag','attest','bewijs','vergunning','premie','subsidie','inschrijving','melding',
        'kaart','registratie','afspraak','ophaling','huur','steun','advies','begeleiding','uittreksel','toelating',
        'verklaring','reservatie'];
    topics TEXT[] := ARRAY['wonen','milieu','sport','cultuur','jeugd','senioren','mobiliteit','energie','zorg',
        'onderwijs','werk','afval','groen','water','parkeren','evenementen','markt','bibliotheek','erfgoed','toerisme'];
BEGIN
    IF (SELECT count(*) FROM dir_service_point WHERE slug LIKE 'bench-%') > 0 THEN
        RETURN;
    END IF;
    INSERT INTO dir_service_point (slug, name, unit_id, description, phone, email, by_appointment, keywords)
    SELECT 'bench-loket-' || i,
           'Loket ' || topics[1 + i % 20] || ' ' || i,
           (SELECT id FROM org_unit ORDER BY id OFFSET (i % (SELECT count(*) FROM org_unit)) LIMIT 1),
           'Gegenereerd loket voor ' || topics[1 + i % 20] || ' en ' || topics[1 + (i / 20) % 20] || '.',
           '050 00 ' || lpad((i % 100)::text, 2, '0') || ' ' || lpad((i % 97)::text, 2, '0'),
           'loket' || i || '@bench.example', i % 7 = 0,
           topics[1 + i % 20] || ' ' || words[1 + i % 20] || ' ' || topics[1 + (i * 7) % 20]
    FROM generate_series(1, 5000) AS i;

    -- 100 generated buildings with 5 floors each; the generated desks go there, 50 per building
    INSERT INTO dir_building (slug, name, street, house_number, postal_code, city, step_free_access, lift)
    SELECT 'bench-gebouw-' || b, 'Gebouw ' || b, 'Benchstraat', b::text, '9990', 'Maldegem', true, b % 2 = 0
    FROM generate_series(1, 100) AS b;
    INSERT INTO dir_floor (building_id, level, display_name)
    SELECT bu.id, l, CASE l WHEN 0 THEN 'gelijkvloers' ELSE l || 'de verdieping' END
    FROM dir_building bu, generate_series(0, 4) AS l WHERE bu.slug LIKE 'bench-gebouw-%';
    INSERT INTO dir_location (service_point_id, floor_id, valid_from)
    SELECT sp.id, f.id, DATE '2020-01-01'
    FROM dir_service_point sp
    JOIN dir_building bu ON bu.slug = 'bench-gebouw-' || (1 + substr(sp.slug, 13)::int % 100)
    JOIN dir_floor f ON f.building_id = bu.id AND f.level = (substr(sp.slug, 13)::int / 100) % 5
    WHERE sp.slug LIKE 'bench-%';

    INSERT INTO dir_schedule (service_point_id, name, valid_from)
    SELECT id, 'Openingsuren', DATE '2020-01-01' FROM dir_service_point WHERE slug LIKE 'bench-%';
    INSERT INTO dir_slot (schedule_id, day_of_week, opens, closes)
    SELECT s.id, d, TIME '08:30', TIME '12:00' FROM dir_schedule s, generate_series(1, 5) AS d
    WHERE s.service_point_id IN (SELECT id FROM dir_service_point WHERE slug LIKE 'bench-%');
    INSERT INTO dir_slot (schedule_id, day_of_week, opens, closes)
    SELECT s.id, d, TIME '13:30', TIME '16:00' FROM dir_schedule s, generate_series(1, 4) AS d
    WHERE s.service_point_id IN (SELECT id FROM dir_service_point WHERE slug LIKE 'bench-%');

    INSERT INTO dir_task (slug, name, description, what_to_bring, cost, appointment_needed, keywords, popularity)
    SELECT 'bench-product-' || i,
           initcap(words[1 + i % 20]) || ' ' || topics[1 + (i / 20) % 20] || ' ' || i,
           'Gegenereerd product over ' || topics[1 + (i / 20) % 20] || ': ' || words[1 + i % 20] || '.',
           'Uw identiteitskaart.', 'gratis', i % 5 = 0,
           words[1 + (i * 3) % 20] || ' ' || topics[1 + (i * 11) % 20],
           i % 10
    FROM generate_series(1, 20000) AS i;

    INSERT INTO dir_task_service_point (task_id, service_point_id)
    SELECT t.id, sp.id
    FROM dir_task t
    JOIN dir_service_point sp ON sp.slug = 'bench-loket-' || (1 + (substr(t.slug, 15)::int % 5000))
    WHERE t.slug LIKE 'bench-product-%';

    UPDATE dir_data_version SET version = version + 1 WHERE id = 1;
END $$;
