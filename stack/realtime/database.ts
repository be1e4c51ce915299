// Broadcast from the database. On Supabase, Realtime reads new rows of realtime.messages from
// logical replication; here an insert trigger (stack/sql/realtime.sql) notifies channel
// `realtime_messages` with the row's id once the inserting transaction commits, and this
// reads the row on the same connection (so messages go out in commit order) and sends it to
// the topic's subscribers on the row's side (private or public) that may read broadcasts,
// as Supabase sends it: a user broadcast whose metadata holds the message id.
import pg from 'pg';
import type { Channel } from './channel.ts';
import type { Rooms } from './rooms.ts';
import { encodeUserBroadcast } from './serializer.ts';

interface MessageRow {
  id: string;
  topic: string;
  event: string | null;
  payload: string | null;
  private: boolean | null;
}

const retryAfterMs = 500;

export interface DatabaseListener {
  stop(): Promise<void>;
}

/** Listens until stopped, reconnecting when the database goes away; resolves once first listening. */
export async function listenForMessages(options: { databaseUrl: string; rooms: Rooms<Channel>; log: (line: string) => void }): Promise<DatabaseListener> {
  const { rooms, log } = options;
  let stopped = false;
  let client: pg.Client | undefined;
  let retry: NodeJS.Timeout | undefined;

  const deliver = (row: MessageRow) => {
    if (row.event === null) return;
    const isPrivate = row.private !== false;
    let frame: Buffer | undefined;
    for (const member of rooms.membersOf(isPrivate, row.topic)) {
      if (!member.canReadBroadcast()) continue;
      frame ??= encodeUserBroadcast({
        topic: member.topic,
        userEvent: row.event,
        metadata: { id: row.id },
        encoding: 'json',
        payload: Buffer.from(row.payload ?? '{}', 'utf8'),
      });
      member.outbox.send(frame);
    }
  };

  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: options.databaseUrl, application_name: 'factmark-realtime' });
    next.on('error', (error) => {
      log(`realtime: lost the database connection (${error.message}); reconnecting`);
      void next.end().catch(() => undefined);
      if (client === next) client = undefined;
      scheduleReconnect();
    });
    await next.connect();
    next.on('notification', (notification) => {
      if (notification.channel !== 'realtime_messages' || !notification.payload) return;
      next
        .query<MessageRow>('select id, topic, event, payload::text as payload, private from realtime.messages where id = $1', [notification.payload])
        .then(({ rows }) => rows.forEach(deliver))
        .catch((error: unknown) => log(`realtime: could not read message ${notification.payload}: ${String(error)}`));
    });
    await next.query('listen realtime_messages');
    if (stopped) {
      await next.end();
      return;
    }
    client = next;
  };

  const scheduleReconnect = () => {
    if (stopped || retry) return;
    retry = setTimeout(() => {
      retry = undefined;
      connect().catch((error: unknown) => {
        log(`realtime: database not reachable (${String(error)}); retrying`);
        scheduleReconnect();
      });
    }, retryAfterMs);
  };

  await connect();
  return {
    async stop() {
      stopped = true;
      clearTimeout(retry);
      await client?.end().catch(() => undefined);
    },
  };
}
