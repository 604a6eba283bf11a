import { instanceHostedNetworks } from '../../shared/sites/registry';
import { AboutYouSection } from './AboutYouSection';
import { FeedsSection } from './FeedsSection';
import { InstancesSection } from './InstancesSection';
import { ReportsSection } from './ReportsSection';
import { SitesSection } from './SitesSection';
import { SyncIntervalSection } from './SyncIntervalSection';
import './options.css';

export function OptionsApp() {
  return (
    <main className="options">
      <h1>Herald settings</h1>
      <FeedsSection />
      <AboutYouSection />
      <SyncIntervalSection />
      <SitesSection />
      {instanceHostedNetworks().map((network) => (
        <InstancesSection key={network.site} network={network} />
      ))}
      <ReportsSection />
      <p className="privacy-note">
        What you type in a post never leaves your browser: Herald checks drafts on the page itself.
      </p>
    </main>
  );
}
