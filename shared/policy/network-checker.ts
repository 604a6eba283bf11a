import type { Library, LibraryPolicy } from '../library/build-library';
import type { Network } from '../sites/registry';
import { type CompileOptions, compilePolicies, type PolicyChecker } from './compile-policies';
import { disclosureTermsByFeed } from './disclosure-terms';

/**
 * How Herald checks drafts on one network: the library's policies compiled with that network's "see more"
 * cut-off, each feed's company name for `{company}` and, for a disclosure rule without `when`, its feed's
 * company name and keywords. One setup for the composer, the preview page and the rule examples of
 * `herald-feed test`, so a rule behaves the same wherever it is tried.
 */
export function compileForNetwork(
  library: Pick<Library, 'items' | 'policies'>,
  network: Pick<Network, 'site' | 'seeMoreAt' | 'seeMoreLines'>,
  approvedPassage?: CompileOptions<LibraryPolicy>['approvedPassage'],
): PolicyChecker {
  const terms = disclosureTermsByFeed(library);
  const seeMore = network.seeMoreAt ? { chars: network.seeMoreAt, lines: network.seeMoreLines } : undefined;
  return compilePolicies(library.policies, {
    // parseFeed refused unsafe patterns when the feed was read: every library holds vetted ones.
    patternsVetted: true,
    seeMore: seeMore ? { [network.site]: seeMore } : {},
    disclosureTerms: (policy) => terms.get(policy.feedUrl) ?? [],
    companyOf: (policy) => policy.publisherName,
    ...(approvedPassage ? { approvedPassage } : {}),
  });
}
