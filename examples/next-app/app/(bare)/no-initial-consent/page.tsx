import { Shop } from '../../shop';

export default function NoInitialConsent() {
  return <Shop title="Without initialConsent" />;
}
