/** 手引き: the guide as readable pages. */
export default function GuidePage() {
  return (
    <>
      <h1>手引き</h1>
      <p class="muted">中小企業のためのセキュリティインシデント対応の手引き（IPA）</p>
    </>
  );
}
