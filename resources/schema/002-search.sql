-- Full-text search over reviews. The index row of a review has the review's id as its rowid;
-- later schema versions add the text of each review kind to `body` through their own triggers.

CREATE VIRTUAL TABLE review_search USING fts5 (
    title, system, tags, owner, body,
    tokenize = 'unicode61 remove_diacritics 2'
);

INSERT INTO review_search (rowid, title, system, tags, owner, body)
    SELECT id, title, system, tags, owner, '' FROM review;

CREATE TRIGGER review_search_insert AFTER INSERT ON review BEGIN
    INSERT INTO review_search (rowid, title, system, tags, owner, body)
        VALUES (new.id, new.title, new.system, new.tags, new.owner, '');
END;

CREATE TRIGGER review_search_update AFTER UPDATE OF title, system, tags, owner ON review BEGIN
    UPDATE review_search
       SET title = new.title, system = new.system, tags = new.tags, owner = new.owner
     WHERE rowid = new.id;
END;

CREATE TRIGGER review_search_delete AFTER DELETE ON review BEGIN
    DELETE FROM review_search WHERE rowid = old.id;
END;
