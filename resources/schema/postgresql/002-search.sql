-- Full-text search over reviews, with PostgreSQL's own full-text search (the file has SQLite FTS5).
--
-- What is found is what the file finds: every word of the query, each also as the start of a word
-- (prefix matching), anywhere in the review; accents and case do not matter ("cafe" finds "Café", "елка"
-- finds "Ёлка"). Like FTS5's unicode61 tokenizer, a word is a run of letters and digits: "db1.example.com"
-- holds the words db1, example and com; search_words() cuts text that way before PostgreSQL's parser sees it
-- (its parser would keep a host name, a path or an e-mail address as one token).
--
-- No stemming, and one configuration for every language ('simple' with unaccent): the file's index does
-- not stem either, a workspace shared by offices holds texts in several languages at once (English, German,
-- Russian, often in one review), and a prefix query already finds the other forms of a word that share its
-- start. A per-language configuration would stem a German text with English rules as soon as the language
-- were guessed wrong, and would make a search find different things on a server than in a file.
--
-- The index (search_entry) has one row per place a row of a review holds text in: a review's title is one
-- entry, each timeline event another. Triggers keep it in step with the rows each statement wrote, so an
-- edit re-indexes only the row it changed (a review with a 100,000-event timeline stays fast to edit, and no
-- tsvector outgrows PostgreSQL's 1 MB limit), and every client, a reader too, searches an index that is
-- already current.
-- search_reviews(text) runs a search; later schema versions index the other parts of a review.

CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE TEXT SEARCH CONFIGURATION inflection_search (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION inflection_search
    ALTER MAPPING FOR asciiword, word, numword, asciihword, hword, numhword, hword_asciipart, hword_part,
        hword_numpart
    WITH unaccent, simple;

-- The text as words separated by single spaces: a run of anything but letters and digits is one space.
-- ICU's character classes make the letters of every script letters, whatever the database's locale.
CREATE FUNCTION search_words(value text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT regexp_replace(normalize(value, NFC) COLLATE "und-x-icu", '[^[:alnum:]]+', ' ', 'g') $$;

-- The indexed form of a text: its words without accents, in lower case.
CREATE FUNCTION search_document(value text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT to_tsvector('public.inflection_search'::regconfig, public.search_words(value)) $$;

-- A row's columns are joined as the file's index joins them: the first, then " — " and each other one
-- that is not empty. search_also() is the part one other column adds.
CREATE FUNCTION search_also(value text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT coalesce(' — ' || nullif(value, ''), '') $$;

-- The index: a row per (source table, source row, place) with text in it.
CREATE TABLE search_entry (
    review    bigint NOT NULL REFERENCES review (id) ON DELETE CASCADE,
    place     text   COLLATE "C" NOT NULL, -- the file index's column: title, system, …, timeline, parking_lot
    source    text   COLLATE "C" NOT NULL, -- the table the text is in
    source_id bigint NOT NULL,             -- its row's id
    body      text   NOT NULL,             -- the text, as shown in a snippet
    words     tsvector NOT NULL,
    PRIMARY KEY (source, source_id, place)
);

CREATE INDEX search_entry_review ON search_entry (review, place);
CREATE INDEX search_entry_words ON search_entry USING gin (words);

-- The places a row of a table holds text in, from the row (as jsonb, so that a column a later schema
-- version adds is read as soon as it is there). Schema 008 adds the other tables. A plain SQL function,
-- so that PostgreSQL writes it into the query that calls it, where only the branch of the source table runs.
CREATE FUNCTION search_places(source text, row_data jsonb) RETURNS TABLE (place text, body text)
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
                  SELECT 'title', row_data ->> 'title' WHERE source = 'review'
        UNION ALL SELECT 'system', row_data ->> 'system' WHERE source = 'review'
        UNION ALL SELECT 'tags', row_data ->> 'tags' WHERE source = 'review'
        UNION ALL SELECT 'owner', row_data ->> 'owner' WHERE source = 'review'
    $$;

-- Keeps the index rows of the rows a statement wrote in step: AFTER INSERT, UPDATE and DELETE, once per
-- statement with its rows (transition tables), so that a bulk write (an import, a copy, a whole timeline)
-- is indexed in one pass, and an update re-indexes only the places whose text it changed. It runs with the
-- rights of the schema's owner: no login writes search_entry directly.
CREATE FUNCTION search_index_rows() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public
    AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        DELETE FROM search_entry AS e USING old_rows AS o WHERE e.source = TG_TABLE_NAME AND e.source_id = o.id;
    ELSIF TG_OP = 'INSERT' THEN
        INSERT INTO search_entry (review, place, source, source_id, body, words)
            SELECT n.review, p.place, TG_TABLE_NAME, n.id, p.body, search_document(p.body)
              FROM (SELECT r.id, CASE WHEN TG_TABLE_NAME = 'review' THEN r.id ELSE (to_jsonb(r) ->> 'review')::bigint END
                           AS review, to_jsonb(r) AS row_data FROM new_rows AS r) AS n
             CROSS JOIN LATERAL search_places(TG_TABLE_NAME, n.row_data) AS p
             WHERE coalesce(p.body, '') <> '';
    ELSE
        INSERT INTO search_entry AS e (review, place, source, source_id, body, words)
            SELECT c.review, c.place, TG_TABLE_NAME, c.id, c.body, search_document(c.body)
              FROM (SELECT n.review, n.id, p.place, p.body
                      FROM (SELECT r.id, CASE WHEN TG_TABLE_NAME = 'review' THEN r.id
                                   ELSE (to_jsonb(r) ->> 'review')::bigint END AS review, to_jsonb(r) AS row_data
                              FROM new_rows AS r) AS n
                     CROSS JOIN LATERAL search_places(TG_TABLE_NAME, n.row_data) AS p
                    EXCEPT
                    SELECT o.review, o.id, p.place, p.body
                      FROM (SELECT r.id, CASE WHEN TG_TABLE_NAME = 'review' THEN r.id
                                   ELSE (to_jsonb(r) ->> 'review')::bigint END AS review, to_jsonb(r) AS row_data
                              FROM old_rows AS r) AS o
                     CROSS JOIN LATERAL search_places(TG_TABLE_NAME, o.row_data) AS p) AS c
             WHERE coalesce(c.body, '') <> ''
            ON CONFLICT (source, source_id, place)
            DO UPDATE SET review = excluded.review, body = excluded.body, words = excluded.words;
        -- A place whose text is now empty leaves the index.
        DELETE FROM search_entry AS e
         USING new_rows AS n CROSS JOIN LATERAL search_places(TG_TABLE_NAME, to_jsonb(n)) AS p
         WHERE coalesce(p.body, '') = '' AND e.source = TG_TABLE_NAME AND e.source_id = n.id AND e.place = p.place;
    END IF;
    RETURN NULL;
END
$$;

-- Keeps a table's rows in the index: its three statement triggers.
CREATE FUNCTION search_attach(source text) RETURNS void
    LANGUAGE plpgsql
    SET search_path = pg_catalog, public
    AS $$
BEGIN
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows '
        'FOR EACH STATEMENT EXECUTE FUNCTION search_index_rows()', source || '_search_insert', source);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows '
        'FOR EACH STATEMENT EXECUTE FUNCTION search_index_rows()', source || '_search_update', source);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows '
        'FOR EACH STATEMENT EXECUTE FUNCTION search_index_rows()', source || '_search_delete', source);
END
$$;

SELECT search_attach('review');

INSERT INTO search_entry (review, place, source, source_id, body, words)
    SELECT r.id, p.place, 'review', r.id, p.body, search_document(p.body)
      FROM review AS r CROSS JOIN LATERAL search_places('review', to_jsonb(r)) AS p
     WHERE coalesce(p.body, '') <> '';

-- The query of a search: every word of the user's text as the start of a word (prefix), in the indexed
-- form. Empty when the text has no word.
CREATE FUNCTION search_terms(user_text text) RETURNS text[]
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
        SELECT coalesce(array_agg(DISTINCT lexeme ORDER BY lexeme), '{}')
          FROM unnest(search_document(coalesce(user_text, '')))
    $$;

CREATE FUNCTION search_prefix_query(lexeme text) RETURNS tsquery
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT (quote_literal(lexeme) || ':*')::tsquery $$;

-- About twelve words of a text around what a query matched, each matched word between the characters 2
-- and 3, with "…" where the text goes on (FTS5's snippet(…, char(2), char(3), '…', 12)).
CREATE FUNCTION search_snippet(body text, query tsquery) RETURNS text
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
    SET search_path = pg_catalog, public
    AS $$
DECLARE
    options constant text := 'StartSel=' || chr(2) || ', StopSel=' || chr(3)
        || ', MaxWords=12, MinWords=6, ShortWord=0, HighlightAll=false, MaxFragments=1, FragmentDelimiter=" … "';
    source text := body;
    snippet text;
    words_snippet text;
    plain text;
    at integer;
BEGIN
    snippet := ts_headline('public.inflection_search'::regconfig, source, query, options);
    -- A word inside what PostgreSQL's parser keeps whole (a host name, a path) is marked only in the text
    -- cut into words: that one is shown when it marks more.
    words_snippet := ts_headline('public.inflection_search'::regconfig, search_words(body), query, options);
    IF length(words_snippet) - length(replace(words_snippet, chr(2), ''))
        > length(snippet) - length(replace(snippet, chr(2), '')) THEN
        source := search_words(body);
        snippet := words_snippet;
    END IF;
    plain := replace(replace(snippet, chr(2), ''), chr(3), '');
    at := strpos(source, plain);
    IF at = 0 THEN
        RETURN snippet;
    END IF;
    IF btrim(left(source, at - 1)) <> '' THEN
        snippet := '…' || snippet;
    END IF;
    IF btrim(substr(source, at + length(plain))) <> '' THEN
        snippet := snippet || '…';
    END IF;
    RETURN snippet;
END
$$;

-- A search: the reviews holding every word of user_text (each also as the start of a word), best first,
-- with the place where most of the words are (the first of equals in the index's order: the title before
-- the text) and a snippet of the text there. No row when user_text has no word.
CREATE FUNCTION search_reviews(user_text text)
    RETURNS TABLE (review bigint, uuid text, kind text, title text, place text, snippet text, rank real)
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, public
    AS $$
        WITH terms AS (
            SELECT t.lexeme, search_prefix_query(t.lexeme) AS query
              FROM unnest(search_terms(user_text)) AS t (lexeme)
        ),
        any_term AS (
            SELECT string_agg(quote_literal(lexeme) || ':*', ' | ')::tsquery AS query, count(*) AS terms
              FROM terms
        ),
        found AS (
            SELECT e.review
              FROM terms AS t JOIN search_entry AS e ON e.words @@ t.query
             GROUP BY e.review
            HAVING count(DISTINCT t.lexeme) = (SELECT terms FROM any_term)
        ),
        best_entry AS (
            SELECT DISTINCT ON (e.review, e.place) e.review, e.place, e.body, ts_rank(e.words, a.query) AS rank
              FROM found AS f
              JOIN search_entry AS e ON e.review = f.review
             CROSS JOIN any_term AS a
             WHERE e.words @@ a.query
             ORDER BY e.review, e.place, ts_rank(e.words, a.query) DESC, e.source_id
        ),
        snippets AS (
            SELECT b.review, b.place, b.rank, s.snippet,
                   length(s.snippet) - length(replace(s.snippet, chr(2), '')) AS marks,
                   array_position(ARRAY['title', 'system', 'tags', 'owner', 'proposal', 'comments', 'departures',
                       'questions', 'outcome', 'checklist', 'attendees', 'launch', 'contingencies', 'incident',
                       'timeline', 'remediation', 'parking_lot']::text[], b.place::text) AS place_order
              FROM best_entry AS b CROSS JOIN any_term AS a
             CROSS JOIN LATERAL (SELECT search_snippet(b.body, a.query) AS snippet) AS s
        ),
        chosen AS (
            SELECT DISTINCT ON (s.review) s.review, s.place, s.snippet,
                   sum(s.rank) OVER (PARTITION BY s.review) AS rank
              FROM snippets AS s
             ORDER BY s.review, s.marks DESC, s.place_order
        )
        SELECT r.id, r.uuid, r.kind, r.title, c.place, c.snippet, c.rank::real
          FROM chosen AS c JOIN review AS r ON r.id = c.review
         ORDER BY c.rank DESC, r.id
    $$;

UPDATE inflection_schema SET version = 2;
