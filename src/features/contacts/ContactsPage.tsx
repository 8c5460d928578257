/** 連絡先: whom to consult and report to. */
export default function ContactsPage() {
  return (
    <>
      <h1>連絡先</h1>
      <p class="muted">インシデント発生時の相談窓口・報告先</p>
    </>
  );
}
