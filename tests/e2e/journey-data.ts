// What the journeys type and look for, shared by the Chromium (Playwright) and WebKit lanes.

/** The new-incident form, ransomware preselected, and the type checkbox it must tick. */
export const newRansomware = { path: '/incidents/new?type=ransomware', type: 'ランサムウェア感染' };

/** The responder name field shown before the first incident, and the name typed there. */
export const responder = { label: 'あなたのお名前（記録の「誰が」に使います）', name: '山田 花子' };

/** Two checklist items of the ransomware playbook. */
export const isolateItem = /感染したパソコンやサーバーの利用を停止し/;
export const ransomNoteItem = /身代金を要求するようなメッセージ/;

/** A 発生事象 with characters that an export must escape. */
export const hostileEvent = '画面に身代金要求 <b>至急</b> & 共有フォルダが開けない';

/** The passphrase of the encrypted backups. */
export const backupPassphrase = 'バックアップ用の合言葉';
