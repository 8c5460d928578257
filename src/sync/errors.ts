/** Why team mode could not connect or sync (nothing was written in any case). */
export type TeamErrorKind =
  | 'auth'
  | 'forbidden'
  | 'no-database'
  | 'offline'
  | 'server'
  | 'passphrase'
  | 'damaged'
  | 'crypto'
  | 'evidence'
  | 'invalid'
  | 'input';

const MESSAGES: Record<TeamErrorKind, string> = {
  auth: 'ユーザー名かパスワードが違います。チームのサーバーを管理している人に確かめてください。',
  forbidden:
    'このユーザーには、このチームのデータベースを使う許可がありません。管理している人にメンバーへの追加を頼んでください。',
  'no-database':
    'チームのデータベースが見つかりません。データベース名を確かめてください（大文字・小文字も区別されます）。',
  offline:
    'サーバーにつながりません。ネットワークを確かめてください。記録はこの端末に保存されていて、つながったときに送られます。',
  server: 'サーバーが正しく応答しませんでした。しばらくしてからもう一度お試しください。',
  passphrase:
    'チームの合言葉が違います。チームの他の人と同じ合言葉を入力してください。この端末の記録は変わっていません。',
  damaged: 'サーバーのデータに読めないものがありました。管理している人に知らせてください。',
  crypto: 'この端末のブラウザーでは暗号化が使えないため、チームでの共有はできません。',
  evidence:
    '別の端末から届いた証拠のファイルが、記録された SHA-256 と一致しませんでした。このファイルとその記録は受け取っていません（この端末には何も書き込んでいません）。送った端末で証拠を確かめてください。',
  invalid:
    '別の端末から届いた平時の備えの記録に、この端末では受け付けない内容（形の正しくないメールアドレスなど）がありました。その記録は受け取っていません（この端末には何も書き込んでいません）。送った端末で入力を確かめてください。',
  input: 'すべての欄を入力してください。',
};

/** A team-mode failure with its calm Japanese message. */
export class TeamError extends Error {
  constructor(readonly kind: TeamErrorKind) {
    super(MESSAGES[kind]);
    this.name = 'TeamError';
  }
}

/** The kind of failure an HTTP status (or a network error: 0) of the server means. */
export function kindOfStatus(status: number): TeamErrorKind {
  if (status === 401) return 'auth';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'no-database';
  if (status === 0 || status === 502 || status === 503 || status === 504) return 'offline';
  return 'server';
}
