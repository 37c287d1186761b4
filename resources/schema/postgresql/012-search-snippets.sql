-- Search snippets show the text as it was written. A snippet is cut from the text in words
-- (search_words: what the index holds and the file's FTS5 tokenizer sees), so that exactly the words of the
-- query are marked, and is then shown with the text's own characters between those words: "OPS-4711",
-- "db1.example.com" and "x/y/z" as written, not "OPS 4711". Like FTS5's snippet(), a snippet that starts at
-- the text's first word shows what comes before it, one that ends at the last word what comes after, and
-- "…" stands where the text goes on.

CREATE OR REPLACE FUNCTION search_snippet(body text, query tsquery) RETURNS text
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
    SET search_path = pg_catalog, public
    AS $$
DECLARE
    options constant text := 'StartSel=' || chr(2) || ', StopSel=' || chr(3)
        || ', MaxWords=12, MinWords=6, ShortWord=0, HighlightAll=false, MaxFragments=1, FragmentDelimiter=" … "';
    source constant text := normalize(body, NFC);
    words constant text := search_words(body);
    marked text;
    at integer;
    first_word integer;
    last_word integer;
    word_count integer;
    snippet text;
BEGIN
    marked := ts_headline('public.inflection_search'::regconfig, words, query, options);
    at := strpos(words, replace(replace(marked, chr(2), ''), chr(3), ''));
    IF at = 0 OR marked = '' THEN
        RETURN marked;
    END IF;
    -- The snippet's words are the words first_word … last_word of the text.
    first_word := 1 + (SELECT count(*) FROM regexp_matches(left(words, at - 1) COLLATE "und-x-icu", '[[:alnum:]]+', 'g'));
    -- Those words with what the text has before each (the first without), marked where the headline marks
    -- them; a headline of fewer than twelve words (PostgreSQL's leaves out a number at the end) goes on to
    -- twelve, as FTS5's does.
    SELECT string_agg(CASE WHEN t.n > first_word THEN t.m[1] ELSE '' END
                      || CASE WHEN strpos(coalesce(s.m[1], ''), chr(2)) > 0 THEN chr(2) || t.m[2] || chr(3)
                              ELSE t.m[2] END,
                      '' ORDER BY t.n),
           max(t.n)
      INTO snippet, last_word
      FROM regexp_matches(source COLLATE "und-x-icu", '([^[:alnum:]]*)([[:alnum:]]+)', 'g') WITH ORDINALITY AS t (m, n)
      LEFT JOIN regexp_matches(marked COLLATE "und-x-icu", '([^[:alnum:]]*)([[:alnum:]]+)', 'g') WITH ORDINALITY
           AS s (m, n) ON s.n = t.n - first_word + 1
     WHERE t.n >= first_word AND (s.n IS NOT NULL OR t.n < first_word + 12);
    IF snippet IS NULL THEN
        RETURN source;
    END IF;
    word_count := (SELECT count(*) FROM regexp_matches(source COLLATE "und-x-icu", '[[:alnum:]]+', 'g'));
    IF first_word > 1 THEN
        snippet := '…' || snippet;
    ELSE
        snippet := substring(source COLLATE "und-x-icu" FROM '^[^[:alnum:]]*') || snippet;
    END IF;
    IF last_word < word_count THEN
        snippet := snippet || '…';
    ELSE
        snippet := snippet || substring(source COLLATE "und-x-icu" FROM '[^[:alnum:]]*$');
    END IF;
    RETURN snippet;
END
$$;

UPDATE inflection_schema SET version = 12;
