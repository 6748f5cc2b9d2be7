/**
 * Words that look like names in a letter and are not: eponymous tests and signs, drugs (brand names are
 * capitalised), guideline titles and chapters, and the capitalised words of the guideline catalogue. The redactor
 * never removes a phrase made only of these, and never reports one as a suspicious remainder: a redacted
 * "McMurray" or "Norco" would change what the reviewer wrote, and the public letters keep them.
 */
import { acoem2004Chapters, boardSpecialties, mtus2009Guidelines, mtus2016Guidelines, mtus2017Guidelines, nonMtusSources, odgChapters, usJurisdictions } from '../catalogue';

/** Eponyms of clinical tests, signs, scales, syndromes and procedures, as letters write them. */
export const EPONYMS = [
  'McMurray', 'Spurling', 'Phalen', 'Tinel', 'Waddell', 'Hoffmann', 'Hoffman', 'Babinski', 'Romberg', 'Lachman', 'Lasegue',
  'Neer', 'Yergason', 'Apley', 'Thessaly', 'Finkelstein', 'Durkan', 'Adson',   'Gaenslen', 'Faber', 'FABER', 'Trendelenburg', 'Homan', 'Homans',
  'Kernig', 'Brudzinski', 'Lhermitte', 'Valsalva', 'Froment', 'Wartenberg', 'Hawkins-Kennedy', 'O\'Brien', 'Obrien',
  'Yocum', 'Cozen', 'Maudsley', 'Bunnell', 'Eichhoff', 'Freiberg', 'Milgram',
  'Naffziger', 'Trendelenberg', 'Dupuytren', 'Dequervain', 'DeQuervain', 'Quervain', 'de Quervain',
  'Guyon', 'Kienbock', 'Kienböck', 'Osgood', 'Schlatter', 'Hill-Sachs', 'Bankart', 'Colles',   'Rolando', 'Lisfranc', 'Achilles', 'Haglund', 'Scheuermann', 'Schmorl', 'Modic',
  'Meyerding', 'Tarlov', 'Chiari', 'Alzheimer', 'Raynaud', 'Sjogren', 'Crohn', 'Hashimoto',
  'Cushing', 'Guillain', 'Barre', 'Barré', 'Brown-Sequard', 'Tietze', 'Paget', 'Reiter',
  'Wallerian', 'Ménière', 'Meniere', 'Epley', 'Dix-Hallpike', 'Hallpike', 'Glasgow', 'Oswestry',   'Roland-Morris', 'Likert', 'Folstein', 'Zung', 'Doppler', 'Holter', 'Jamar',   'Fugl-Meyer', 'Tinetti', 'Borg', 'Karnofsky', 'Snellen', 'Rinne', 'Schober', 'Schirmer', 'Heberden',
  'Bouchard', 'Dupuytren\'s', 'Volkmann', 'Sudeck', 'Charcot', 'Marfan', 'Ehlers', 'Danlos', 'Klippel', 'Feil', 'Pott',
  'Bertolotti', 'Baastrup', 'Forestier', 'Hoffa', 'Segond', 'Stener', 'Kanavel', 'Chopart',
  'Maisonneuve', 'Tillaux', 'Pilon', 'Hangman', 'ASIA', 'Risser',   'Kellgren', 'Outerbridge', 'Neer', 'Rockwood', 'Tossy', 'Goutallier', 'Essex-Lopresti',
  'Galeazzi', 'Monteggia', 'Kocher', 'Bristow', 'Latarjet', 'Mumford', 'Weaver-Dunn', 'Whipple',
  'Nissen', 'Kirschner', 'Steinmann', 'Ilizarov', 'Luque', 'Smith-Petersen',
  'Kaneda', 'Zielke', 'Stryker', 'Medtronic', 'Synthes', 'Zimmer',
  'Biomet', 'DePuy', 'Depuy', 'Arthrex', 'Permanente', 'Sutter',
  'Cedars-Sinai', 'Sinai', 'Stanford', 'Scripps', 'Dignity', 'Providence', 'Concentra', 'Kerlan', 'Anthem', 'Blue Cross',
  'Cochrane', 'Medline', 'PubMed', 'Milliman', 'InterQual', 'Cigna', 'Aetna', 'Medicare', 'Medicaid', 'Medi-Cal',
  'Gaenslen\'s', 'Fortin', 'Yeoman', 'Hibb', 'Hibbs', 'Sacral', 'Laseque', 'Slump', 'Bragard', 'Milgrams',   'Kleiger', 'Anvil', 'Tinel\'s', 'Phalen\'s', 'Bechterew', 'Nachlas', 'Ely\'s', 'Yeoman\'s', 'Gaenslens',
  'Apprehension', 'Relocation', 'Sulcus', 'Crank', 'Clunk', 'Stinchfield', 'Scour', 'Renne',
];

/**
 * Eponyms that are also common surnames: clinical only where a test, sign or the like follows ("Hawkins test",
 * "Patrick's sign", "Jones fracture"); "his supervisor Tom Hawkins" is a person.
 */
export const NAME_LIKE_EPONYMS = ['Hawkins', 'Kennedy', 'Speed', 'Wright', 'Allen', 'Patrick', 'Kemp', 'Ely', 'Thomas', 'Watson', 'Drop', 'Mill', 'Mills', 'Pace', 'Hoover', 'Stork', 'Baker', 'Smith', 'Barton', 'Bennett', 'Jones', 'Morton', 'Arnold', 'Parkinson', 'Graves', 'Addison', 'Bell', 'Horner', 'Roland', 'Morris', 'Hamilton', 'Wells', 'Harris', 'Berg', 'Weber', 'Jefferson', 'Chance', 'Nash', 'Lawrence', 'Snyder', 'Sanders', 'John', 'Tommy', 'Swan', 'Gill', 'Robinson', 'Adams', 'Craig', 'Noble', 'Minor', 'Williams', 'Alexander', 'Beck', 'Kaiser', 'Hopkins', 'Cleveland', 'Mayo', 'Lewin', 'Mulder', 'Foley', 'Boxer', 'Frankel', 'Denis', 'Cobb', 'Salter', 'Weil', 'Moe', 'Roux', 'Ganz', 'Hickman', 'Hayes', 'Ober', 'Gillet', 'Roos', 'Jobe', 'Beatty', 'Bosworth', 'Caspar', 'Wiltse', 'Cloward', 'Scoville', 'Harrington'];

/** Drugs and products letters name, brand and generic (brand names are capitalised like names). */
export const DRUGS = [
  'Norco', 'Vicodin', 'Percocet', 'Oxycontin', 'OxyContin', 'Oxycodone', 'Hydrocodone', 'Tramadol', 'Ultram', 'Ultracet', 'Nucynta',
  'Tapentadol', 'Morphine', 'MS Contin', 'Contin', 'Dilaudid', 'Hydromorphone', 'Fentanyl', 'Duragesic', 'Methadone', 'Suboxone',
  'Buprenorphine', 'Butrans', 'Belbuca', 'Codeine', 'Tylenol', 'Acetaminophen', 'APAP', 'Opana', 'Oxymorphone', 'Kadian', 'Avinza',
  'Exalgo', 'Zohydro', 'Hysingla', 'Xtampza', 'Roxicodone', 'Demerol', 'Meperidine', 'Talwin', 'Soma', 'Carisoprodol', 'Flexeril',
  'Cyclobenzaprine', 'Fexmid', 'Amrix', 'Skelaxin', 'Metaxalone', 'Robaxin', 'Methocarbamol', 'Zanaflex', 'Tizanidine', 'Baclofen',
  'Lioresal', 'Norflex', 'Orphenadrine', 'Parafon', 'Chlorzoxazone', 'Valium', 'Diazepam', 'Xanax', 'Alprazolam', 'Ativan', 'Lorazepam',
  'Klonopin', 'Clonazepam', 'Restoril', 'Temazepam', 'Ambien', 'Zolpidem', 'Lunesta', 'Eszopiclone', 'Sonata', 'Belsomra', 'Rozerem',
  'Trazodone', 'Desyrel', 'Lyrica', 'Pregabalin', 'Neurontin', 'Gabapentin', 'Gralise', 'Horizant', 'Topamax', 'Topiramate',
  'Depakote', 'Tegretol', 'Carbamazepine', 'Trileptal', 'Lamictal', 'Keppra', 'Cymbalta', 'Duloxetine', 'Savella', 'Effexor',
  'Venlafaxine', 'Pristiq', 'Elavil', 'Amitriptyline', 'Pamelor', 'Nortriptyline', 'Prozac', 'Fluoxetine', 'Zoloft', 'Sertraline',
  'Paxil', 'Paroxetine', 'Celexa', 'Citalopram', 'Lexapro', 'Escitalopram', 'Wellbutrin', 'Bupropion', 'Remeron', 'Mirtazapine',
  'Abilify', 'Seroquel', 'Quetiapine', 'Risperdal', 'Zyprexa', 'Buspar', 'Buspirone', 'Hydroxyzine', 'Vistaril', 'Atarax',
  'Motrin', 'Advil', 'Ibuprofen', 'Naprosyn', 'Naproxen', 'Anaprox', 'Aleve', 'Relafen', 'Nabumetone', 'Mobic', 'Meloxicam',
  'Celebrex', 'Celecoxib', 'Voltaren', 'Diclofenac', 'Arthrotec', 'Zorvolex', 'Zipsor', 'Cambia', 'Flector', 'Pennsaid', 'Daypro',
  'Oxaprozin', 'Feldene', 'Piroxicam', 'Lodine', 'Etodolac', 'Indocin', 'Indomethacin', 'Toradol', 'Ketorolac', 'Ketoprofen',
  'Duexis', 'Vimovo', 'Dolobid', 'Diflunisal', 'Salsalate', 'Aspirin', 'Bayer', 'Excedrin', 'Fioricet', 'Fiorinal', 'Imitrex',
  'Sumatriptan', 'Maxalt', 'Rizatriptan', 'Relpax', 'Zomig', 'Prilosec', 'Omeprazole', 'Nexium', 'Esomeprazole',
  'Protonix', 'Pantoprazole', 'Prevacid', 'Lansoprazole', 'Dexilant', 'Aciphex', 'Zantac', 'Ranitidine', 'Pepcid', 'Famotidine',
  'Carafate', 'Sucralfate', 'Cytotec', 'Misoprostol', 'Colace', 'Docusate', 'Senna', 'Senokot', 'Miralax', 'MiraLAX', 'Dulcolax',
  'Amitiza', 'Lubiprostone', 'Movantik', 'Naloxegol', 'Relistor', 'Methylnaltrexone', 'Linzess', 'Narcan', 'Naloxone', 'Evzio',
  'Lidoderm', 'Lidocaine', 'Xylocaine', 'Terocin', 'Menthoderm', 'Flurbiprofen', 'Capsaicin', 'Zostrix', 'Qutenza', 'Ketamine',
  'Bengay', 'Biofreeze', 'Icy Hot', 'Salonpas', 'Medrol', 'Methylprednisolone', 'Prednisone', 'Depo-Medrol', 'Kenalog',
  'Triamcinolone', 'Celestone', 'Betamethasone', 'Decadron', 'Dexamethasone', 'Marcaine', 'Bupivacaine', 'Sensorcaine',
  'Ropivacaine', 'Naropin', 'Synvisc', 'Synvisc-One', 'Euflexxa', 'Orthovisc', 'Supartz', 'Hyalgan', 'Monovisc', 'Gel-One',
  'Durolane', 'Botox', 'Dysport', 'Myobloc', 'Xeomin', 'Zofran', 'Ondansetron', 'Phenergan', 'Promethazine', 'Reglan',
  'Keflex', 'Cephalexin', 'Cipro', 'Ciprofloxacin', 'Levaquin', 'Bactrim', 'Augmentin', 'Amoxicillin', 'Doxycycline', 'Zithromax',
  'Coumadin', 'Warfarin', 'Xarelto', 'Eliquis', 'Lovenox', 'Enoxaparin', 'Heparin', 'Plavix', 'Lipitor', 'Crestor', 'Zocor',
  'Lisinopril', 'Norvasc', 'Amlodipine', 'Metoprolol', 'Lopressor', 'Toprol', 'Atenolol', 'Losartan', 'Cozaar', 'Hydrochlorothiazide',
  'Lasix', 'Furosemide', 'Metformin', 'Glucophage', 'Insulin', 'Lantus', 'Humalog', 'Januvia', 'Synthroid', 'Levothyroxine',
  'Viagra', 'Cialis', 'Flomax', 'Detrol', 'Ditropan', 'Provigil', 'Nuvigil', 'Adderall', 'Ritalin', 'Strattera', 'Chantix',
  'Nicoderm', 'Theramine', 'Sentra', 'Trepadone', 'Gabadone', 'Percura', 'Somnicin', 'Fanatrex', 'Synapryn', 'Tabradol', 'Deprizine',
  'Dicopanor', 'Medrox', 'LidoPro', 'Lidopro', 'Genicin', 'Glucosamine', 'Chondroitin',
  'Cosamin', 'Osteo Bi-Flex', 'Omega', 'Vitamin', 'Melatonin', 'Valerian', 'Ensure', 'Prolia', 'Fosamax', 'Boniva', 'Forteo',
  'Evista', 'Miacalcin', 'Reclast', 'Zometa', 'TENS', 'H-Wave', 'Interferential', 'ThermaCool', 'Game Ready', 'GameReady',
  'Vascutherm', 'VascuTherm', 'Cryo', 'Cryotherapy', 'Polar Care', 'DVT', 'Aspen', 'LSO', 'Cybertech', 'Miami J', 'Philadelphia',
  'Bledsoe', 'DonJoy', 'Unloader', 'OA', 'Jobst', 'Ace', 'Kinesio', 'Theraband', 'TheraBand', 'Thera-Band', 'Pilates', 'Yoga',
  'Tai Chi', 'Qigong', 'Feldenkrais', 'McKenzie', 'Graston', 'Maitland', 'Mulligan', 'Egoscue', 'Cyriax',   'Hydrocodone/APAP', 'Percocet', 'Endocet', 'Lortab', 'Lorcet', 'Xodol', 'Zydone', 'Vicoprofen', 'Reprexain', 'Ibudone',
];

/** Words of guideline names, bodies and fixed wording that letters capitalise. */
const LETTER_WORDS = [
  'MTUS', 'ACOEM', 'ODG', 'Official', 'Disability', 'Guidelines', 'Guideline', 'Chronic', 'Pain', 'Medical', 'Treatment', 'Utilization',
  'Schedule', 'California', 'CA', 'American', 'College', 'Occupational', 'Environmental', 'Medicine', 'Practice', 'Edition', 'Ed',
  'Chapter', 'Section', 'Sections', 'Page', 'Pages', 'Work', 'Loss', 'Data', 'Institute', 'Labor', 'Code', 'Regulations', 'Title',
  'Division', 'Workers', 'Compensation', 'Department', 'Industrial', 'Relations', 'DWC', 'IMR', 'UR', 'MAXIMUS', 'Federal', 'Services',
  'Independent', 'Review', 'Final', 'Determination', 'Claims', 'Administrator', 'Expert', 'Reviewer', 'Decision', 'Rationale',
  'Upheld', 'Overturned', 'Partially', 'Standard', 'Expedited', 'Priority', 'Case', 'Number', 'Date', 'Injury', 'Assigned', 'Denial',
  'Application', 'Received', 'Non', 'Citation', 'Clinical', 'Summary', 'Issues', 'Decisions', 'Rationales', 'State', 'States',
  'Licensure', 'Certification', 'Certifications', 'Specialty', 'Board', 'Certified', 'Request', 'Authorization', 'Progress', 'Report',
  'Reports', 'Note', 'Notes', 'Primary', 'Treating', 'Physician', 'Physicians', 'Provider', 'Doctor', 'Patient', 'Agreement', 'Fee',
  'Centers', 'Medicare', 'Medicaid', 'National', 'Library', 'Food', 'Drug', 'Administration', 'FDA', 'Association', 'Academy',
  'Society', 'Journal', 'Spine', 'Orthopaedic', 'Orthopedic', 'Surgeons', 'Surgery', 'Neurological', 'Neurology', 'Psychiatry',
  'Psychological', 'Anesthesiologists', 'Task', 'Force', 'Pharmacology', 'Physical', 'Therapy', 'Therapist', 'Functional',
  'Restoration', 'Program', 'Capacity', 'Evaluation', 'Examination', 'Agreed', 'Qualified', 'Panel', 'QME', 'AME', 'PTP', 'Doctor\'s',
  'First', 'Occupational', 'Supplemental', 'Permanent', 'Stationary', 'Temporary', 'Total', 'Partial', 'Modified', 'Duty', 'Regular',
  'Low', 'Back', 'Lumbar', 'Thoracic', 'Cervical', 'Neck', 'Upper', 'Lower', 'Shoulder', 'Elbow', 'Forearm', 'Wrist', 'Hand', 'Hip',
  'Pelvis', 'Knee', 'Leg', 'Ankle', 'Foot', 'Head', 'Eye', 'Mental', 'Illness', 'Stress', 'Complaints', 'Disorders', 'Acute',
  'Opioids', 'Opioid', 'Trauma', 'Traumatic', 'Brain', 'Burns', 'Pulmonary', 'Hernia', 'Diabetes', 'Workplace', 'General',
  'Approaches', 'Postsurgical', 'Acupuncture', 'Drug', 'Formulary', 'Exempt', 'Special', 'Fill', 'Perioperative', 'Studies',
  'Initial', 'Care', 'Assessment', 'Methods', 'Surgical', 'Considerations', 'Follow', 'Up', 'Visits', 'Activity', 'Alteration',
  'Diagnostic', 'Criteria', 'Recommendations', 'Introduction', 'Summary', 'Table', 'Figure', 'Appendix', 'Update', 'Updated',
  'Version', 'Volume', 'Online', 'Internet', 'Web', 'Website', 'Accessed', 'Available', 'United', 'US', 'U.S.', 'North', 'South',
  'East', 'West', 'New', 'Jersey', 'York', 'Mexico', 'Hampshire', 'Rhode', 'Island', 'District',
  'Columbia', 'Puerto', 'Rico', 'Guam', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'MRI', 'CT',
  'EMG', 'NCV', 'NCS', 'X-ray', 'X-rays', 'Xray', 'The', 'A', 'An', 'In', 'On', 'Per', 'Therefore', 'However', 'Based', 'Given',
  'According', 'This', 'That', 'There', 'These', 'It', 'He', 'She', 'They', 'His', 'Her', 'As', 'At', 'By', 'For', 'With', 'Without',
  'And', 'Or', 'Of', 'To', 'No', 'Not', 'Yes', 'Left', 'Right', 'Bilateral', 'Retrospective', 'Prospective', 'Request', 'Requests',
  'Home', 'Exercise', 'Kit', 'Unit', 'Rental', 'Purchase', 'Supplies', 'Durable', 'Equipment', 'DME', 'Injection', 'Injections',
  'Epidural', 'Steroid', 'Facet', 'Block', 'Nerve', 'Radiofrequency', 'Ablation', 'Trigger', 'Point', 'Sessions', 'Visits',
  'Consultation', 'Consult', 'Referral', 'Pain Management', 'Management', 'Specialist', 'Psychologist', 'Cognitive', 'Behavioral',
  'Biofeedback', 'Massage', 'Chiropractic', 'Manipulation', 'Aquatic', 'Cold', 'Heat', 'Laser', 'Shockwave', 'Extracorporeal',
  'Platelet', 'Rich', 'Plasma', 'PRP', 'Stem', 'Cell', 'Urine', 'Toxicology', 'Screen', 'Screening', 'Genetic', 'Testing', 'Lab',
  'Labs', 'Panel', 'CBC', 'CMP', 'Hepatic', 'Renal', 'Function', 'Test', 'Tests', 'Sign', 'Signs', 'Maneuver', 'Syndrome',
  'Disease', 'Impingement', 'Compression', 'Distraction', 'Straight', 'Raise', 'SLR', 'Positive', 'Negative', 'Equivocal',
  'Visual', 'Analog', 'Scale', 'VAS', 'Numeric', 'Rating', 'Range', 'Motion', 'ROM', 'Global', 'Index', 'Questionnaire',
  'Inventory', 'Depression', 'Anxiety', 'Scores', 'Score', 'Grade', 'Stage', 'Type', 'Level', 'Levels', 'Post',
  'Status', 'Pre', 'Operative', 'Operation', 'Procedure', 'Arthroscopy', 'Arthroscopic', 'Arthroplasty', 'Fusion', 'Discectomy',
  'Laminectomy', 'Decompression', 'Repair', 'Release', 'Carpal', 'Tunnel', 'Cubital', 'Rotator', 'Cuff', 'Meniscus', 'Medial',
  'Lateral', 'Anterior', 'Posterior', 'Interior', 'Superior', 'Inferior', 'Joint', 'Sacroiliac', 'SI', 'Myofascial', 'Complex',
  'Regional', 'CRPS', 'Reflex', 'Sympathetic', 'Dystrophy', 'RSD', 'Fibromyalgia', 'Insomnia', 'Sleep', 'Weight', 'Loss',
  'Gym', 'Membership', 'Pool', 'Transportation', 'Housekeeping', 'Home Health', 'Health', 'Aide', 'Nursing', 'Facility',
  'Hospital', 'Inpatient', 'Outpatient', 'Stay', 'Length', 'Days', 'Day', 'Week', 'Weeks', 'Month', 'Months', 'Year', 'Years',
  'Part', 'Parts', 'Item', 'Items', 'Original', 'Remaining', 'Eligible', 'Portion', 'Verbatim', 'Adjuster', 'Adjustor', 'Examiner',
  'Employer', 'Employee', 'Worker', 'Applicant', 'Claimant', 'Insurance', 'Company', 'Group', 'Services', 'Inc', 'LLC', 'Corp',
  'Fund', 'Authority', 'County', 'City', 'School', 'University', 'Center', 'Clinic', 'Medical Group', 'Foundation', 'Plan',
  'Harrison\'s', 'Goodman', 'Gilman\'s', 'Up-To-Date', 'UpToDate', 'Uptodate', 'Epocrates', 'Micromedex', 'Lexicomp', 'Drugs.com',
  'Magnetic', 'Resonance', 'Imaging', 'Computed', 'Tomography', 'Electromyography', 'Nerve Conduction', 'Conduction', 'Velocity',
  'Ultrasound', 'Bone', 'Scan', 'Radiograph', 'Radiographs', 'Arthrogram', 'Myelogram', 'Discogram', 'Later', 'Then', 'Subsequently',
  'Medscape', 'WebMD', 'Wikipedia', 'Google', 'Official Disability Guidelines', 'Work Loss Data Institute',
];

let vocabulary: Set<string> | undefined;

const key = (w: string) => w.toLowerCase().replace(/['\u2019]s$/, '').replace(/['\u2019]$/, '');

/** Every known word, lower case, possessive dropped; built on first use from the lists and the catalogue. */
function words(): Set<string> {
  if (vocabulary) return vocabulary;
  const set = new Set<string>();
  const add = (phrase: string) => { for (const w of phrase.split(/[^\p{L}'\u2019.-]+/u)) if (w) set.add(key(w.replace(/^[.'-]+|[.'-]+$/g, ''))); };
  for (const list of [EPONYMS, DRUGS, LETTER_WORDS]) for (const w of list) add(w);
  for (const g of [...mtus2009Guidelines, ...mtus2016Guidelines, ...mtus2017Guidelines]) {
    add(g.title);
    g.titleAliases.forEach(add);
    for (const s of g.sections ?? []) { add(s.name); s.aliases.forEach(add); }
  }
  for (const c of acoem2004Chapters) add(c.title);
  for (const c of odgChapters) { add(c.title); c.aliases.forEach(add); }
  for (const s of nonMtusSources) { add(s.name); s.patterns.forEach(add); }
  for (const s of boardSpecialties) add(s.name);
  return (vocabulary = set);
}

/** A word the letters capitalise that is not a person's name: a drug, an eponym, a guideline or letter word. */
export function isLetterWord(word: string): boolean {
  const w = key(word.replace(/^[("'\u201c]+|[)"'\u201d.,;:]+$/g, ''));
  return w.length > 0 && words().has(w);
}

/** A phrase made only of eponyms, drugs and guideline words ("Hawkins-Kennedy", "MS Contin", "Low Back Complaints"). */
export function isClinicalPhrase(phrase: string): boolean {
  const parts = phrase.split(/[\s/]+/).filter(Boolean);
  return parts.length > 0 && parts.every((p) => isLetterWord(p) || p.split('-').every(isLetterWord));
}

/** What follows an eponym used as one: "Hawkins test", "Patrick's sign", "Jones fracture", "Foley catheter". */
const EPONYM_FOLLOWER = /^(?:['\u2019]s?)?(?:[ \t-]+(?:and|or|&|\/)[ \t]+(?:[A-Z][a-z'\u2019-]+)(?:['\u2019]s?)?)?[ \t-]+(?:impingement[ \t]+)?(?:tests?|signs?|maneuvers?|manoeuvres?|fractures?|disease|syndrome|scales?|index|questionnaire|classification|criteria|procedure|technique|method|grade|position|lift|squeeze|compression|stress|views?|tubes?|catheter|stockings?|dynamometer|device|brace|collar|score|palsy|nodes?|cyst|contracture|exercises?|protocol|program|clinic|foundation|institute|hospital|university|medical|center|centre|surgery|reconstruction|repair|lesion|deformity|neuroma|test-positive|reflex|phenomenon|release|operation|type|system|approach|laminectomy|fusion|plate|screws?|pins?|wires?|rods?)\b/i;

export function isEponymUse(text: string, end: number): boolean {
  return EPONYM_FOLLOWER.test(text.slice(end, end + 60));
}

/** The clinical words the redactor must never remove (for tests and documentation): eponyms and drugs. */
export const CLINICAL_WORDS: readonly string[] = [...EPONYMS, ...DRUGS];

let places: RegExp | undefined;
/** Whether a found phrase is part of a state's name ("South Carolina", "Virginia" in "West Virginia"): licensure lines. */
export function overlapsPlaceName(text: string, start: number, end: number): boolean {
  places ??= new RegExp(`(?<![\\p{L}])(?:${usJurisdictions.map((j) => j.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|')})(?![\\p{L}])`, 'gu');
  places.lastIndex = 0;
  for (const m of text.matchAll(places)) if (m.index < end && start < m.index + m[0].length) return true;
  return false;
}
