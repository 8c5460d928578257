import { contactPoint, dateOnly, fill, organization } from './reports';
import type { SummaryModel } from './summary';

/**
 * The e-mail asking the recipient of a misdirected mail to delete it: the guide's first
 * response to メール誤送信 (「受信先に対して、受信した情報の削除を依頼します」).
 */
export function deletionRequestText(m: SummaryModel): string {
  return [
    '件名: 【お願い】誤ってお送りしたメールの削除について',
    '',
    '（お名前を記入してください）様',
    '',
    `${fill(organization(m), '事業者名')}の（担当者名を記入してください）です。`,
    '',
    '（送信日時を記入してください）に当社からお送りしたメール「（件名を記入してください）」は、別の方にお送りするはずのものを、誤ってお送りしてしまいました。',
    '大変ご迷惑をおかけし、誠に申し訳ございません。',
    '',
    'お手数をおかけしますが、このメールと添付ファイルを開かずに削除していただけますでしょうか。',
    '転送や保存をされている場合は、そちらも削除をお願いいたします。',
    '削除していただけましたら、このメールへの返信でお知らせいただけますと幸いです。',
    '',
    'ご不明な点は、下記までお問い合わせください。',
    contactPoint(m),
    '',
    dateOnly(m.madeAt),
  ].join('\n');
}
