import { CompiledQuery, type Compilable, type Kysely } from 'kysely';

const SENTINEL = '\u0000param:';

/**
 * A query built with Kysely once and then reused with new parameter values. Building and compiling a query costs
 * more than SQLite takes to run it; on the enrolment hot path (serial, group-committed) that cost is paid by
 * everyone queued behind. The builder gets placeholder strings for the named parameters; literal values it uses
 * (status lists, …) stay as compiled.
 */
export function preparedQuery<K extends string, Row>(keys: readonly K[], build: (db: Kysely<never>, p: Record<K, string>) => Compilable<Row>) {
  let compiled: { sql: string; slots: Array<{ key: K } | { fixed: unknown }> } | undefined;
  return async (db: Kysely<never>, values: Record<K, unknown>): Promise<Row[]> => {
    if (!compiled) {
      const placeholders = Object.fromEntries(keys.map((k) => [k, `${SENTINEL}${k}`])) as Record<K, string>;
      const query = build(db, placeholders).compile();
      compiled = {
        sql: query.sql,
        slots: query.parameters.map((v) => (typeof v === 'string' && v.startsWith(SENTINEL) ? { key: v.slice(SENTINEL.length) as K } : { fixed: v })),
      };
    }
    const parameters = compiled.slots.map((slot) => ('key' in slot ? values[slot.key] : slot.fixed));
    return (await db.executeQuery<Row>(CompiledQuery.raw(compiled.sql, parameters))).rows;
  };
}
