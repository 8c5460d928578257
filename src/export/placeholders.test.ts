import { describe, expect, it } from 'vitest';
import { placeholdersIn } from './placeholders';

describe('placeholdersIn', () => {
  it('names what each placeholder asks for, once, in order', () => {
    const text = [
      '（事業者名を記入してください）',
      '本文（お問い合わせ窓口の名称・電話番号を記入してください）',
      '（事業者名を記入してください）',
      '（被害を受けた方への補償等を行う場合に記入してください。該当しない場合はこの項目を削除してください）',
    ].join('\n');
    expect(placeholdersIn(text)).toEqual([
      '事業者名',
      'お問い合わせ窓口の名称・電話番号',
      '被害を受けた方への補償等を行う場合',
    ]);
  });

  it('finds nothing once they are filled in, and ignores other brackets', () => {
    expect(placeholdersIn('株式会社サンプル（本社）\n（宛先：お客様）')).toEqual([]);
  });
});
