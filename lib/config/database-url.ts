/** The embedded default database: a SQLite file under data/, relative to the working directory. */
export const defaultDatabaseUrl = "file:./data/podlab.db";
