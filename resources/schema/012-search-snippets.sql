-- Search snippets show the text as it was written. A file's FTS5 snippets always have: nothing changes in a
-- file. The step is here so that a file and a server number their schema versions alike (on a server it
-- cuts snippets from the text in words and shows them with the text's own characters; see
-- resources/schema/postgresql/012-search-snippets.sql).
SELECT 1;
