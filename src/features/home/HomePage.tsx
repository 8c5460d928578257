import { InstallButton } from '../../pwa/InstallButton';

/** Home: 「何が起きましたか？」 (the incident type buttons arrive with the playbooks). */
export default function HomePage() {
  return (
    <>
      <h1>何が起きましたか？</h1>
      <p class="muted">
        IPA「中小企業のためのセキュリティインシデント対応の手引き」に沿って、やるべきことを順に案内します。
      </p>
      <InstallButton />
    </>
  );
}
