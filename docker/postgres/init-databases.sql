-- Runs once, when the PostgreSQL container starts on an empty volume: one database per service.
CREATE DATABASE cluster ENCODING 'UTF8';
CREATE DATABASE report ENCODING 'UTF8';
CREATE DATABASE award ENCODING 'UTF8';
