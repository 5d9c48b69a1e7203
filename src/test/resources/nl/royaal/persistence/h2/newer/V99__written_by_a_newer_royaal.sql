-- Stands in for a migration that a later Royaal ships and this version does not know.
CREATE TABLE from_a_newer_royaal (id INT PRIMARY KEY);
