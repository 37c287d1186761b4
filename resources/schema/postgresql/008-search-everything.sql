-- Search over everything a review holds: a place for each part of a review, as the file's index has a
-- column for each (resources/schema/008-search-everything.sql), so that a match can say where it was.
-- The file queues changed reviews (search_pending) and indexes them in C++ before a search, because SQLite
-- cannot write its FTS5 table from a trigger on an untrusted file. A server has no such limit: the triggers
-- index each changed row at once, in the writer's transaction. search_pending is kept as the way to ask for
-- a review's index rows to be made anew: a row inserted there (INSERT … ON CONFLICT DO NOTHING, as the file
-- does) re-indexes that review at once and is never stored, so the queue is always empty.

-- Which text of a row is in which place, and in what order its columns are joined (store/searchindex.cpp
-- on the file). A column a later schema adds (incident.went_well) is read as soon as it exists.
CREATE OR REPLACE FUNCTION search_places(source text, row_data jsonb) RETURNS TABLE (place text, body text)
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
                  SELECT 'title', row_data ->> 'title' WHERE source = 'review'
        UNION ALL SELECT 'system', row_data ->> 'system' WHERE source = 'review'
        UNION ALL SELECT 'tags', row_data ->> 'tags' WHERE source = 'review'
        UNION ALL SELECT 'owner', row_data ->> 'owner' WHERE source = 'review'
        UNION ALL SELECT 'proposal', row_data ->> 'body' WHERE source = 'proposal'
        UNION ALL SELECT 'comments', row_data ->> 'text' WHERE source = 'comment'
        UNION ALL SELECT 'departures', (row_data ->> 'name') || search_also(row_data ->> 'costs')
            || search_also(row_data ->> 'tradeoffs') || search_also(row_data ->> 'prohibits') WHERE source = 'departure'
        UNION ALL SELECT 'questions', (row_data ->> 'text') || search_also(row_data ->> 'answer') WHERE source = 'question'
        UNION ALL SELECT 'outcome', (row_data ->> 'decision_notes') || search_also(row_data ->> 'notes')
            || search_also(row_data ->> 'agreements') || search_also(row_data ->> 'learnings') WHERE source = 'proposal'
        UNION ALL SELECT 'checklist', row_data ->> 'notes' WHERE source = 'checklist_answer'
        UNION ALL SELECT 'attendees', row_data ->> 'name' WHERE source = 'attendee'
        UNION ALL SELECT 'launch', (row_data ->> 'communication') || search_also(row_data ->> 'pushed_by')
            || search_also(row_data ->> 'decision_notes') WHERE source = 'launch'
        UNION ALL SELECT 'contingencies', (row_data ->> 'issue') || search_also(row_data ->> 'comments')
            || search_also(row_data ->> 'engineering') || search_also(row_data ->> 'onsite_messaging')
            WHERE source = 'contingency'
        -- The incident's place holds what the postmortem learned too: its contributing factors (009).
        UNION ALL SELECT 'incident', (row_data ->> 'summary') || search_also(row_data ->> 'impact')
            || search_also(row_data ->> 'severity') || search_also(row_data ->> 'went_well')
            || search_also(row_data ->> 'lucky') WHERE source = 'incident'
        UNION ALL SELECT 'incident', row_data ->> 'text' WHERE source = 'contributing_factor'
        UNION ALL SELECT 'timeline', (row_data ->> 'text') || search_also(row_data ->> 'actor')
            || search_also(row_data ->> 'known_by') || search_also(row_data ->> 'source')
            || search_also(row_data ->> 'reasoning') WHERE source = 'timeline_event'
        UNION ALL SELECT 'remediation', (row_data ->> 'text') || search_also(row_data ->> 'owner')
            || search_also(row_data ->> 'ticket') WHERE source = 'remediation'
        UNION ALL SELECT 'parking_lot', row_data ->> 'text' WHERE source = 'parking_lot'
    $$;

-- Makes a review's index rows anew from what it holds now.
CREATE FUNCTION search_reindex(review_id bigint) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public
    AS $$
DECLARE
    source text;
BEGIN
    DELETE FROM search_entry WHERE review = review_id;
    INSERT INTO search_entry (review, place, source, source_id, body, words)
        SELECT r.id, p.place, 'review', r.id, p.body, search_document(p.body)
          FROM review AS r CROSS JOIN LATERAL search_places('review', to_jsonb(r)) AS p
         WHERE r.id = review_id AND coalesce(p.body, '') <> '';
    FOREACH source IN ARRAY ARRAY['proposal', 'comment', 'departure', 'question', 'checklist_answer', 'attendee',
        'launch', 'contingency', 'incident', 'contributing_factor', 'timeline_event', 'remediation', 'parking_lot']
    LOOP
        CONTINUE WHEN to_regclass(source) IS NULL; -- a table of a later schema version
        EXECUTE format(
            'INSERT INTO search_entry (review, place, source, source_id, body, words) '
            'SELECT t.review, p.place, %L, t.id, p.body, search_document(p.body) '
            'FROM %I AS t CROSS JOIN LATERAL search_places(%L, to_jsonb(t)) AS p '
            'WHERE t.review = $1 AND coalesce(p.body, '''') <> ''''', source, source, source)
            USING review_id;
    END LOOP;
END
$$;

-- Asking for a review to be indexed anew (the file's queue).
CREATE TABLE search_pending (
    review bigint PRIMARY KEY
);

CREATE FUNCTION search_pending_reindex() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public
    AS $$
BEGIN
    PERFORM search_reindex(NEW.review);
    RETURN NULL; -- done: nothing waits
END
$$;

CREATE TRIGGER search_pending_reindex BEFORE INSERT ON search_pending
    FOR EACH ROW EXECUTE FUNCTION search_pending_reindex();

SELECT search_attach('proposal'), search_attach('comment'), search_attach('departure'), search_attach('question'),
    search_attach('checklist_answer'), search_attach('attendee'), search_attach('launch'), search_attach('contingency'),
    search_attach('incident'), search_attach('timeline_event'), search_attach('remediation'),
    search_attach('parking_lot');

-- Every review of an existing workspace is indexed when this step commits.
INSERT INTO search_pending (review) SELECT id FROM review;

UPDATE inflection_schema SET version = 8;
