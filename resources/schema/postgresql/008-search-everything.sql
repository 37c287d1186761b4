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
    SET search_path = pg_catalog, public
    AS $$
        SELECT p.place, p.body FROM (VALUES
            ('review', 'title', row_data ->> 'title'),
            ('review', 'system', row_data ->> 'system'),
            ('review', 'tags', row_data ->> 'tags'),
            ('review', 'owner', row_data ->> 'owner'),
            ('proposal', 'proposal', row_data ->> 'body'),
            ('comment', 'comments', row_data ->> 'text'),
            ('departure', 'departures', search_join(row_data ->> 'name', row_data ->> 'costs',
                row_data ->> 'tradeoffs', row_data ->> 'prohibits')),
            ('question', 'questions', search_join(row_data ->> 'text', row_data ->> 'answer')),
            ('proposal', 'outcome', search_join(row_data ->> 'decision_notes', row_data ->> 'notes',
                row_data ->> 'agreements', row_data ->> 'learnings')),
            ('checklist_answer', 'checklist', row_data ->> 'notes'),
            ('attendee', 'attendees', row_data ->> 'name'),
            ('launch', 'launch', search_join(row_data ->> 'communication', row_data ->> 'pushed_by',
                row_data ->> 'decision_notes')),
            ('contingency', 'contingencies', search_join(row_data ->> 'issue', row_data ->> 'comments',
                row_data ->> 'engineering', row_data ->> 'onsite_messaging')),
            -- The incident's place holds what the postmortem learned too: its contributing factors (009).
            ('incident', 'incident', search_join(row_data ->> 'summary', row_data ->> 'impact',
                row_data ->> 'severity', row_data ->> 'went_well', row_data ->> 'lucky')),
            ('contributing_factor', 'incident', row_data ->> 'text'),
            ('timeline_event', 'timeline', search_join(row_data ->> 'text', row_data ->> 'actor',
                row_data ->> 'known_by', row_data ->> 'source', row_data ->> 'reasoning')),
            ('remediation', 'remediation', search_join(row_data ->> 'text', row_data ->> 'owner',
                row_data ->> 'ticket')),
            ('parking_lot', 'parking_lot', row_data ->> 'text')
        ) AS p (source, place, body)
        WHERE p.source = search_places.source
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

CREATE TRIGGER proposal_search AFTER INSERT OR UPDATE OR DELETE ON proposal
    FOR EACH ROW EXECUTE FUNCTION search_index_row();
CREATE TRIGGER comment_search AFTER INSERT OR UPDATE OR DELETE ON comment
    FOR EACH ROW EXECUTE FUNCTION search_index_row();
CREATE TRIGGER departure_search AFTER INSERT OR UPDATE OR DELETE ON departure
    FOR EACH ROW EXECUTE FUNCTION search_index_row();
CREATE TRIGGER question_search AFTER INSERT OR UPDATE OR DELETE ON question
    FOR EACH ROW EXECUTE FUNCTION search_index_row();
CREATE TRIGGER checklist_answer_search AFTER INSERT OR UPDATE OR DELETE ON checklist_answer
    FOR EACH ROW EXECUTE FUNCTION search_index_row();
CREATE TRIGGER attendee_search AFTER INSERT OR UPDATE OR DELETE ON attendee
    FOR EACH ROW EXECUTE FUNCTION search_index_row();
CREATE TRIGGER launch_search AFTER INSERT OR UPDATE OR DELETE ON launch
    FOR EACH ROW EXECUTE FUNCTION search_index_row();
CREATE TRIGGER contingency_search AFTER INSERT OR UPDATE OR DELETE ON contingency
    FOR EACH ROW EXECUTE FUNCTION search_index_row();
CREATE TRIGGER incident_search AFTER INSERT OR UPDATE OR DELETE ON incident
    FOR EACH ROW EXECUTE FUNCTION search_index_row();
CREATE TRIGGER timeline_event_search AFTER INSERT OR UPDATE OR DELETE ON timeline_event
    FOR EACH ROW EXECUTE FUNCTION search_index_row();
CREATE TRIGGER remediation_search AFTER INSERT OR UPDATE OR DELETE ON remediation
    FOR EACH ROW EXECUTE FUNCTION search_index_row();
CREATE TRIGGER parking_lot_search AFTER INSERT OR UPDATE OR DELETE ON parking_lot
    FOR EACH ROW EXECUTE FUNCTION search_index_row();

-- Every review of an existing workspace is indexed when this step commits.
INSERT INTO search_pending (review) SELECT id FROM review;

UPDATE inflection_schema SET version = 8;
