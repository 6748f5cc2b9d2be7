/** A synthetic letter with many disputed items, for benchmarks and stress tests. */
export function generatedLetter(items: number): string {
  const lines = [
    'Layout: 2016', 'Case Number: CM17-0000001', 'Date Assigned: 01/03/2017', 'Date of Injury: 05/06/2015',
    'Decision Date: 01/27/2017', 'UR Denial Date: 12/12/2016', 'Priority: Standard', 'Application Received: 12/28/2016', '',
    'State(s) of Licensure: California', 'Certification(s)/Specialty: Physical Medicine & Rehabilitation', '',
    'Clinical Case Summary:', '  The injured worker is a 52 year old female who sustained an industrial injury to the low back.',
  ];
  for (let i = 0; i < items; i++) {
    const upheld = i % 4 !== 0;
    lines.push(
      '', `Item: Physical therapy 2 times a week for ${i % 8 + 1} weeks to the lumbar spine, request ${i + 1}`,
      `  Decision: ${upheld ? 'Upheld' : 'Overturned'}`,
      '  Claims Administrator guideline: MTUS Low Back Complaints 2004, Section(s): Physical Methods',
      '  MAXIMUS guideline:',
      '    MTUS Chronic Pain Medical Treatment 2016, Section(s): Physical medicine treatment',
      '    Non-MTUS Official Disability Guidelines (ODG) Low Back - Lumbar & Thoracic (Acute & Chronic)',
      '  Decision rationale:',
      '    The California MTUS guidelines recommend a fading of treatment frequency plus active self-directed',
      '    home physical medicine. In this case the injured worker has completed prior sessions without',
      '    documented functional improvement, and no exceptional factors are described.',
      `    Therefore the request is ${upheld ? 'not ' : ''}medically necessary.`,
    );
  }
  return `${lines.join('\n')}\n`;
}
