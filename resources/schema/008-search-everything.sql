-- Search over everything a review holds. The index has a column for each place a word can be found
-- (the review's own fields, then one for each part of a review), so that a match can say where it was.
-- SQLite refuses to write a virtual table from a trigger when trusted_schema is off, as it is for every
-- connection to a workspace: the triggers here only queue the review that changed (search_pending), and
-- the store rebuilds the queued reviews' index rows in C++ before each commit (store/searchindex.cpp).

DROP TRIGGER review_search_insert;
DROP TRIGGER review_search_update;
DROP TRIGGER review_search_delete;
DROP TABLE review_search;

CREATE VIRTUAL TABLE review_search USING fts5 (
    title, system, tags, owner,
    proposal, comments, departures, questions, outcome, checklist, attendees,
    launch, contingencies, incident, timeline, remediation, parking_lot,
    tokenize = 'unicode61 remove_diacritics 2'
);

-- Reviews whose index row is out of date: the id of a deleted review stays until its row is dropped.
CREATE TABLE search_pending (
    review INTEGER PRIMARY KEY
);

CREATE TRIGGER search_pending_review_insert AFTER INSERT ON review BEGIN
    INSERT OR IGNORE INTO search_pending (review) VALUES (new.id);
END;

CREATE TRIGGER search_pending_review_update AFTER UPDATE ON review BEGIN
    INSERT OR IGNORE INTO search_pending (review) VALUES (new.id);
END;

CREATE TRIGGER search_pending_review_delete AFTER DELETE ON review BEGIN
    INSERT OR IGNORE INTO search_pending (review) VALUES (old.id);
END;

CREATE TRIGGER search_pending_proposal_insert AFTER INSERT ON proposal BEGIN
    INSERT OR IGNORE INTO search_pending (review) VALUES (new.review);
END;

CREATE TRIGGER search_pending_proposal_update AFTER UPDATE ON proposal BEGIN
    INSERT OR IGNORE INTO search_pending (review) VALUES (new.review);
END;

CREATE TRIGGER search_pending_proposal_delete AFTER DELETE ON proposal BEGIN
    INSERT OR IGNORE INTO search_pending (review) VALUES (old.review);
END;

CREATE TRIGGER search_pending_comment_insert AFTER INSERT ON comment BEGIN
    INSERT OR IGNORE INTO search_pending (review) VALUES (new.review);
END;

CREATE TRIGGER search_pending_comment_update AFTER UPDATE ON comment BEGIN
    INSERT OR IGNORE INTO search_pending (review) VALUES (new.review);
END;

CREATE TRIGGER search_pending_comment_delete AFTER DELETE ON comment BEGIN
    INSERT OR IGNORE INTO search_pending (review) VALUES (old.review);
END;

CREATE TRIGGER search_pending_departure_insert AFTER INSERT ON departure BEGIN
    INSERT OR IGNORE INTO search_pending (review) VALUES (new.review);
END;

CREATE TRIGGER search_pending_departure_update AFTER UPDATE ON departure BEGIN
    INSERT OR IGNORE INTO search_pending (review) VALUES (new.review);
END;

CREATE TRIGGER search_pending_departure_delete AFTER DELETE ON departure BEGIN
    INSERT OR IGNORE INTO search_pending (review) VALUES (old.review);
END;

CREATE TRIGGER search_pending_question_insert AFTER INSERT ON question BEGIN
    INSERT OR IGNORE INTO search_pending (review) VALUES (new.review);
END;

CREATE TRIGGER search_pending_question_update AFTER UPDATE ON question BEGIN
    INSERT OR IGNORE INTO search_pending (review) VALUES (new.review);
END;

CREATE TRIGGER search_pending_question_delete AFTER DELETE ON question BEGIN
    INSERT OR IGNORE INTO search_pending (review) VALUES (old.review);
END;

CREATE TRIGGER search_pending_checklist_answer_insert AFTER INSERT ON checklist_answer BEGIN
    INSERT OR IGNORE INTO search_pending (review) VALUES (new.review);
END;

CREATE TRIGGER search_pending_checklist_answer_update AFTER UPDATE ON checklist_answer BEGIN
    INSERT OR IGNORE INTO search_pending (review) VALUES (new.review);
END;

CREATE TRIGGER search_pending_checklist_answer_delete AFTER DELETE ON checklist_answer BEGIN
    INSERT OR IGNORE INTO search_pending (review) VALUES (old.review);
END;

CREATE TRIGGER search_pending_attendee_insert AFTER INSERT ON attendee BEGIN
    INSERT OR IGNORE INTO search_pending (review) VALUES (new.review);
END;

CREATE TRIGGER search_pending_attendee_update AFTER UPDATE ON attendee BEGIN
    INSERT OR IGNORE INTO search_pending (review) VALUES (new.review);
END;

CREATE TRIGGER search_pending_attendee_delete AFTER DELETE ON attendee BEGIN
    INSERT OR IGNORE INTO search_pending (review) VALUES (old.review);
END;

CREATE TRIGGER search_pending_launch_insert AFTER INSERT ON launch BEGIN
    INSERT OR IGNORE INTO search_pending (review) VALUES (new.review);
END;

CREATE TRIGGER search_pending_launch_update AFTER UPDATE ON launch BEGIN
    INSERT OR IGNORE INTO search_pending (review) VALUES (new.review);
END;

CREATE TRIGGER search_pending_launch_delete AFTER DELETE ON launch BEGIN
    INSERT OR IGNORE INTO search_pending (review) VALUES (old.review);
END;

CREATE TRIGGER search_pending_contingency_insert AFTER INSERT ON contingency BEGIN
    INSERT OR IGNORE INTO search_pending (review) VALUES (new.review);
END;

CREATE TRIGGER search_pending_contingency_update AFTER UPDATE ON contingency BEGIN
    INSERT OR IGNORE INTO search_pending (review) VALUES (new.review);
END;

CREATE TRIGGER search_pending_contingency_delete AFTER DELETE ON contingency BEGIN
    INSERT OR IGNORE INTO search_pending (review) VALUES (old.review);
END;

CREATE TRIGGER search_pending_incident_insert AFTER INSERT ON incident BEGIN
    INSERT OR IGNORE INTO search_pending (review) VALUES (new.review);
END;

CREATE TRIGGER search_pending_incident_update AFTER UPDATE ON incident BEGIN
    INSERT OR IGNORE INTO search_pending (review) VALUES (new.review);
END;

CREATE TRIGGER search_pending_incident_delete AFTER DELETE ON incident BEGIN
    INSERT OR IGNORE INTO search_pending (review) VALUES (old.review);
END;

CREATE TRIGGER search_pending_timeline_event_insert AFTER INSERT ON timeline_event BEGIN
    INSERT OR IGNORE INTO search_pending (review) VALUES (new.review);
END;

CREATE TRIGGER search_pending_timeline_event_update AFTER UPDATE ON timeline_event BEGIN
    INSERT OR IGNORE INTO search_pending (review) VALUES (new.review);
END;

CREATE TRIGGER search_pending_timeline_event_delete AFTER DELETE ON timeline_event BEGIN
    INSERT OR IGNORE INTO search_pending (review) VALUES (old.review);
END;

CREATE TRIGGER search_pending_remediation_insert AFTER INSERT ON remediation BEGIN
    INSERT OR IGNORE INTO search_pending (review) VALUES (new.review);
END;

CREATE TRIGGER search_pending_remediation_update AFTER UPDATE ON remediation BEGIN
    INSERT OR IGNORE INTO search_pending (review) VALUES (new.review);
END;

CREATE TRIGGER search_pending_remediation_delete AFTER DELETE ON remediation BEGIN
    INSERT OR IGNORE INTO search_pending (review) VALUES (old.review);
END;

CREATE TRIGGER search_pending_parking_lot_insert AFTER INSERT ON parking_lot BEGIN
    INSERT OR IGNORE INTO search_pending (review) VALUES (new.review);
END;

CREATE TRIGGER search_pending_parking_lot_update AFTER UPDATE ON parking_lot BEGIN
    INSERT OR IGNORE INTO search_pending (review) VALUES (new.review);
END;

CREATE TRIGGER search_pending_parking_lot_delete AFTER DELETE ON parking_lot BEGIN
    INSERT OR IGNORE INTO search_pending (review) VALUES (old.review);
END;

-- Every review of an existing workspace is indexed when this step commits.
INSERT INTO search_pending (review) SELECT id FROM review;
