/** Shown for any path the app does not know. */
export default function NotFoundPage() {
  return (
    <>
      <h1>ページが見つかりません</h1>
      <p>お探しのページはありません。下のメニューか、次のリンクから移動してください。</p>
      <p>
        <a class="button" href="/">
          ホームへ戻る
        </a>
      </p>
    </>
  );
}
