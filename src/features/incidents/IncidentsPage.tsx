/** 対応記録: the list of incidents on this device. */
export default function IncidentsPage() {
  return (
    <>
      <h1>対応記録</h1>
      <p class="muted">記録はこの端末の中だけに保存されます。</p>
    </>
  );
}
