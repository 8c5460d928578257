import { useMessages } from '../../i18n/active';
import { notfound } from '../../i18n/ja/notfound';

/** Shown for any path the app does not know. */
export default function NotFoundPage() {
  const m = useMessages(notfound);
  return (
    <>
      <h1>{m.title}</h1>
      <p>{m.text}</p>
      <p>
        <a class="button" href="/">
          {m.home}
        </a>
      </p>
    </>
  );
}
