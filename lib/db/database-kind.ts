/** Which database a DATABASE_URL names: a SQLite file (`file:`) or a PostgreSQL server. */
export type DatabaseKind = "sqlite" | "postgres";

export function databaseKind(databaseUrl: string): DatabaseKind {
  return /^postgres(ql)?:\/\//.test(databaseUrl) ? "postgres" : "sqlite";
}
