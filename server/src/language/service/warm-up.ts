/**
 * A short letter checked once and thrown away, so the parser's and the rules' code is compiled (and their
 * patterns too) before the first letter a reviewer opens: that first check costs several times any later one.
 * The language server runs it only when it was started ahead of its client (`--preload`) and would otherwise wait
 * idle. The letter is made up; nothing of it is kept or reported.
 */
import { letterDiagnostics } from './diagnostics';
import { LetterSnapshot } from './snapshot';
import { letterStatus } from './status';

/** exported for its test: it must stay a clean letter, or the warm-up would compile error paths only */
export const WARM_UP_LETTER = `Layout: 2016
Case Number: CM16-0100001
Date Assigned: 02/01/2017
Date of Injury: 05/10/2015
Decision Date: 02/20/2017
UR Denial Date: 01/12/2017
Priority: Standard
Application Received: 01/20/2017

State(s) of Licensure: California
Certification(s)/Specialty: Physical Medicine & Rehabilitation

Clinical Case Summary:
  The injured worker is a 51 year old female warehouse clerk injured on 5-10-15 while lifting boxes.
  Treatment has included physical therapy, ibuprofen and a home exercise program. On 12-20-16 she
  reported low back pain rated 6 out of 10 radiating to the left leg. Utilization review denied the
  requests on 1-12-17.

Item: Physical therapy 2 times a week for 4 weeks for the lumbar spine
  Decision: Upheld
  Claims Administrator guideline: MTUS Chronic Pain Medical Treatment 2016, Section(s): Physical medicine treatment
  MAXIMUS guideline: MTUS Chronic Pain Medical Treatment 2016, Section(s): Physical medicine treatment
  Decision rationale:
    The MTUS recommends up to 10 visits of therapy for myalgia and radiculitis, with a fading of
    treatment frequency and a transition to home exercise. In this case, the injured worker has
    completed prior therapy without documented functional improvement. Therefore, the request is not
    medically necessary.

Item: Tramadol 50 mg #60
  Decision: Overturned
  Claims Administrator guideline:
    Outside MTUS
    Non-MTUS Official Disability Guidelines (ODG), Pain (Chronic), Opioids, criteria for use
  MAXIMUS guideline: MTUS Chronic Pain Medical Treatment 2016, Section(s): Opioids, criteria for use
  Decision rationale:
    Ongoing opioid use is supported when there is documented pain relief, improved function and no
    aberrant behavior. The records document these criteria. The request is medically necessary.
`;

export function warmUp(): void {
  const snapshot = new LetterSnapshot(WARM_UP_LETTER);
  const problems = snapshot.problems;
  letterStatus(snapshot, problems);
  letterDiagnostics(problems, 1000, 1, 'untitled:warm-up.imr');
}
