// The learned entity reader: names in sentences the team wrote, the weights file's checks,
// the fallback to the rules, and a small seeded training run of our own.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { analyze, useNerWeights, type Article, type Entity } from '../src/analysis';
import {
  ATTRIBUTION_TEMPLATES, featureFingerprint, ModelFileError, NER_LABELS, NER_TEMPLATES, nerModel, nerTrainingSequences, readDocument, readModel, tagNames, train, writeModel, type NerDocument,
} from '../src/analysis/learn';
import { LinearModel, transitionMask, WeightTable } from '../src/analysis/learn/perceptron';

const entity = (article: Article, name: string): Entity | undefined => article.entities.find((e) => e.name === name);
const typeOf = (article: Article, text: string) => {
  for (const e of article.entities) for (const m of e.mentions) if (m.text === text) return m.type ?? e.type;
  return undefined;
};

describe('the entity reader on sentences we wrote', () => {
  it('reads a person whose name is a city, and the city', () => {
    const article = analyze('Paris Hilton, the hotel heiress, arrived in Paris on Monday for the shows.');
    expect(entity(article, 'Paris Hilton')).toMatchObject({ type: 'person', aliases: ['Hilton'] });
    expect(entity(article, 'Paris')).toMatchObject({ type: 'place' });
    const sydney = analyze('Sydney Sweeney flew to Sydney for the premiere, and Sweeney said she was thrilled.');
    expect(entity(sydney, 'Sydney Sweeney')!.mentions.map((m) => m.text)).toEqual(['Sydney Sweeney', 'Sweeney']);
    expect(entity(sydney, 'Sydney')).toMatchObject({ type: 'place' });
  });

  it('reads a name set off by an age or a person\'s role as a person\'s, whatever its words name elsewhere', () => {
    const article = analyze(
      'Helena Marsh, a councillor in the district, said the budget was too small. Georgia Banks, 34, a nurse, was hurt. ' +
        'Victoria Adeyemi, chief executive of the bakery, said sales rose. Jordan Klee, a lawyer for the families, declined to comment.',
    );
    expect(entity(article, 'Helena Marsh')).toMatchObject({ type: 'person', roles: ['councillor in the district'] });
    expect(entity(article, 'Georgia Banks')?.type).toBe('person');
    expect(entity(article, 'Victoria Adeyemi')).toMatchObject({ type: 'person', roles: ['chief executive of the bakery'] });
    expect(entity(article, 'Jordan Klee')).toMatchObject({ type: 'person', roles: ['lawyer for the families'] });
    // A role a company holds too ("an adviser", "the owner") says nothing of who holds it, nor does one after a name the lexicon knows.
    const banks = analyze('Morgan Stanley, an adviser to the buyer, declined to comment. Sydney Water, the owner of the dam, said levels were low.');
    expect(entity(banks, 'Morgan Stanley')?.type).toBe('organization');
    // The reader may take "Sydney Water" for a person (a given name, then a surname-like word): a place and a service name a utility.
    expect(entity(banks, 'Sydney Water')?.type).toBe('organization');
    const utility = analyze('Water UK, which represents British utilities, said tap water was safe. Bills will rise, Scottish Power said.');
    expect(utility.quotes[0]?.speakerText).toBe('Water UK');
    expect(typeOf(utility, 'Water UK')).toBe('organization');
    expect(typeOf(utility, 'Scottish Power')).toBe('organization');
  });

  it('gives a person the model names the title written before the name as a role', () => {
    expect(entity(analyze('Councillor Helena Marsh said the budget was too small.'), 'Helena Marsh')).toMatchObject({ type: 'person', roles: ['Councillor'] });
  });

  it('keeps a generation suffix in a person\'s name, and out of the short name', () => {
    const article = analyze('Martin Luther King Jr. spoke in Memphis. Pope Leo XIV met King Charles III, and Robert Downey Jr said he was moved.');
    expect(entity(article, 'Martin Luther King Jr.')).toMatchObject({ type: 'person', aliases: ['King'] });
    expect(entity(article, 'Leo XIV')).toMatchObject({ type: 'person', aliases: ['Leo'], roles: ['Pope'] });
    expect(entity(article, 'Charles III')).toMatchObject({ type: 'person', aliases: ['Charles'] });
    expect(entity(article, 'Robert Downey Jr')).toMatchObject({ type: 'person', aliases: ['Downey'] });
    expect(article.entities.some((e) => e.name === 'Jr.' || e.aliases.includes('III'))).toBe(false);
  });

  it('reads a disease or a law named after someone as no person, but a person the text names so as one', () => {
    const article = analyze("New drug slows early Alzheimer's\n\nThe drug slowed decline in early Alzheimer's disease. Moore's law still holds. Mr. Parkinson's dog barked.\n");
    expect(article.entities.map((e) => [e.name, e.type])).toEqual([['Parkinson', 'person']]);
  });

  it('gives a person named with an honorific and a given name the family name as a short name', () => {
    const article = analyze('Dr. Susan Kohlhaas called the results a step. Mr. Peña Nieto said so.');
    expect(entity(article, 'Susan Kohlhaas')!.aliases).toEqual(['Kohlhaas']);
    expect(entity(article, 'Peña Nieto')?.aliases ?? []).not.toContain('Nieto');
  });

  it('reads a company named after people as an organization, and its short name', () => {
    const article = analyze('Shares of Johnson & Johnson fell on Monday. Ford Motor Co said it would cut jobs, and Ford shares fell too.');
    expect(entity(article, 'Johnson & Johnson')).toMatchObject({ type: 'organization' });
    const ford = entity(article, 'Ford Motor Co')!;
    expect(ford.type).toBe('organization');
    expect(ford.mentions.map((m) => m.text)).toEqual(['Ford Motor Co', 'Ford']);
    // The head word decides: a foundation named after the person the text also names.
    const foundation = analyze('The grant came from the Andy Warhol Foundation for the Visual Arts, which Andy Warhol set up.');
    expect(typeOf(foundation, 'Andy Warhol Foundation for the Visual Arts')).toBe('organization');
    expect(entity(foundation, 'Andy Warhol')).toMatchObject({ type: 'person' });
    expect(entity(foundation, 'Andy Warhol')!.mentions.map((m) => m.rule)).toEqual(['person.nested', 'person.first-name']);
  });

  it('reads the last word alone of a company named like a person as the company: "Morgan Stanley … Stanley said"', () => {
    const article = analyze('Bank cuts forecast\n\nMorgan Stanley cut its forecast on Monday. Stanley said the cut was small. Eli Lilly rose, and Lilly said it would ask for approval.\n');
    expect(article.entities.map((e) => [e.name, e.type, e.mentions.length])).toEqual([['Morgan Stanley', 'organization', 2], ['Eli Lilly', 'organization', 2]]);
    // Not where something happens, nor a person the text names.
    const other = analyze('Morgan Stanley opened an office in Stanley. Tom Lilly, an analyst, said Eli Lilly would gain. Lilly added that it was cheap.');
    expect(other.entities.map((e) => [e.name, e.type, e.mentions.filter((m) => !m.nested).length])).toEqual([
      ['Morgan Stanley', 'organization', 1], ['Stanley', 'place', 1], ['Tom Lilly', 'person', 2], ['Eli Lilly', 'organization', 1],
    ]);
  });

  it('reads no company in a plural its name ends on, opening a sentence: "Airlines have an obligation"', () => {
    const article = analyze('Outage\n\nVelora Airlines canceled 900 flights on Friday. Airlines have an obligation to help, the minister said. Congress has asked for a report.\n');
    expect(article.entities.filter((e) => e.type === 'organization').map((e) => [e.name, e.mentions.map((m) => m.text)])).toEqual([
      ['Velora Airlines', ['Velora Airlines']], ['Congress', ['Congress']],
    ]);
  });

  it('names a national body without its country too, but not an office of the country\'s affairs', () => {
    const article = analyze("Vote\n\nThe Taiwan People's Party and the U.S. National Security Council objected. The Taiwan Affairs Office said so.\n");
    expect(article.entities.filter((e) => e.type === 'organization').map((e) => [e.name, e.aliases])).toEqual([
      ["Taiwan People's Party", ["People's Party"]], ['U.S. National Security Council', ['National Security Council']], ['Taiwan Affairs Office', []],
    ]);
  });

  it('reads a company named with and without its legal form as one company', () => {
    const article = analyze('Lumen Foods profit falls\n\nLumen Foods Plc reported a drop in profit on Thursday. Shares in Lumen Foods fell 4 percent.\n');
    const lumen = entity(article, 'Lumen Foods')!;
    expect(lumen.type).toBe('organization');
    expect(lumen.mentions.map((m) => m.text)).toEqual(['Lumen Foods', 'Lumen Foods Plc', 'Lumen Foods']);
    // A group's word before the legal form goes too: "Toyota" in a headline is the "Toyota Motor Corp" of the text.
    const toyota = analyze('Toyota recalls cars\n\nToyota Motor Corp said on Thursday it would recall 9,000 cars. Toyota said no one was hurt.\n');
    expect(toyota.entities.map((e) => [e.name, e.mentions.map((m) => m.form)])).toEqual([['Toyota', ['name', 'alias', 'name']]]);
  });

  it('reads a name the reader takes for another kind as a company where it is owned or employs: "shares in Nordic Air"', () => {
    const article = analyze('Nordic Air ordered 40 jets on Monday. Shares in Nordic Air rose, said Karin Holm, chief executive of Nordic Air.');
    expect(entity(article, 'Nordic Air')).toMatchObject({ type: 'organization' });
    expect(entity(article, 'Nordic Air')!.mentions).toHaveLength(3);
    // Not a name that qualifies the noun after it.
    expect(analyze('Tomas Berg, director of Brussels-based think tank Harbour Forum, spoke.').entities.map((e) => [e.name, e.type])).not.toContainEqual(['Brussels', 'organization']);
  });

  it('reads where a person works as an organization: "an analyst at Peel Hunt"', () => {
    const article = analyze('"It is a disappointing set of numbers," said Mark Hale, an analyst at Peel Hunt.');
    expect(typeOf(article, 'Peel Hunt')).toBe('organization');
  });

  it('reads sports clubs in a match report as organizations', () => {
    const article = analyze('Leeds United beat Everton 3-1 at Elland Road on Saturday, and manager Daniel Farke praised his players.');
    expect(typeOf(article, 'Leeds United')).toBe('organization');
    expect(typeOf(article, 'Everton')).toBe('organization');
    expect(typeOf(article, 'Elland Road')).toBe('place');
    expect(typeOf(article, 'Daniel Farke')).toBe('person');
    // A word opening the sentence before a person's role is where they work, though the reader hesitates over it.
    expect(typeOf(analyze('Norwood manager Ellis Grady praised his players.'), 'Norwood')).toBe('organization');
    // A name beside a score plays as a team, though it is a given name; a tennis player's sets leave them a person.
    const derby = analyze('Arsenal 2-1 Chelsea: late winner\n\nArsenal came from behind to beat Chelsea 2-1 on Sunday. Sampras beat Agassi 6-4 6-3, and Federer beat Nadal 7-6.\n');
    expect(typeOf(derby, 'Chelsea')).toBe('organization');
    for (const player of ['Agassi', 'Nadal']) expect(typeOf(derby, player)).toBe('person');
    // A player's one-word name opening a sentence is the player the text names in full in another.
    const report = analyze('Kane opened the scoring after ten minutes. The visitors dominated, and Harry Kane later hit the bar.');
    expect(entity(report, 'Harry Kane')!.mentions.map((m) => m.start)).toEqual([0, 71]);
    // A town's club in a sentence that tells no sport, in an article that names another club.
    const fixtures = analyze('Blackmoor Rovers top the table.\n\nRovers travel to Harbour City next weekend.\n');
    expect(typeOf(fixtures, 'Harbour City')).toBe('organization');
    expect(typeOf(analyze('Rovers travel to Harbour City next weekend.'), 'Harbour City')).toBe('place');
  });

  it('reads names in an all-capitals headline, with the body as context', () => {
    const article = analyze(
      'MERKEL AND MACRON MEET IN BERLIN OVER UKRAINE AID\n\nGerman Chancellor Angela Merkel met French President Emmanuel Macron in Berlin on Monday. ' +
        'Merkel said Germany would send more aid to Ukraine.',
    );
    expect(entity(article, 'Angela Merkel')?.mentions.map((m) => m.text)).toEqual(['MERKEL', 'Angela Merkel', 'Merkel']);
    expect(entity(article, 'Emmanuel Macron')?.mentions.map((m) => m.text)).toEqual(['MACRON', 'Emmanuel Macron']);
    expect(typeOf(article, 'BERLIN')).toBe('place');
    expect(entity(article, 'Ukraine')?.mentions.map((m) => m.text)).toEqual(['UKRAINE', 'Ukraine']);
  });

  it('reads a country\'s name as the surname of a person named before, but not after "from"', () => {
    const article = analyze('Irish novelist Anne Jordan signed copies in Cork on Friday. Jordan said the book took ten years, and readers from Jordan wrote to her.');
    expect(entity(article, 'Anne Jordan')!.mentions.map((m) => m.rule)).toEqual(['ner.model', 'person.surname-of-named']);
    expect(entity(article, 'Jordan')).toMatchObject({ type: 'place' });
    expect(entity(article, 'Jordan')!.mentions).toHaveLength(1);
  });

  it('reads a surname before a thing named after its bearer as the person, and the pair as no one', () => {
    const article = analyze('Dr. Maria Okoro opened her show on Monday. The Okoro Lumigraphs fill two rooms.');
    expect(entity(article, 'Maria Okoro')!.mentions.map((m) => m.text)).toEqual(['Dr. Maria Okoro', 'Okoro']);
    expect(entity(article, 'Okoro Lumigraphs')).toBeUndefined();
  });

  it('reads a company\'s name before another capitalized word, after a determiner, as a product, not a person', () => {
    const article = analyze('Corvane Labs on Monday introduced a cheaper version of its headset, the Corvane Halo, to catch up with Meta and Apple. The new model costs $499, the company said.');
    expect(entity(article, 'Corvane Halo')).toBeUndefined();
    // "the company" is the one the story is about, its sentence's subject, not the one named last.
    expect(article.quotes[0]?.speakerText).toBe('the company');
    expect(article.entities.find((e) => e.id === article.quotes[0]?.speaker)?.name).toBe('Corvane Labs');
    // A title is not a product of the office it shares a word with.
    const office = analyze('Home Secretary Ada Marsh said checks would rise. The Home Office agreed. "The Home Secretary and I agree," the minister said.');
    expect(entity(office, 'Ada Marsh')!.mentions.map((m) => m.text)).toContain('Home Secretary');
  });

  it('reads a name after a capital "The" inside a sentence as a paper or a band, but not a venue, a book or a place that takes "The"', () => {
    const article = analyze('The study was published in The Lancet. Its author told The Atlantic that bands such as The Velvet Underground helped.');
    for (const name of ['Lancet', 'Atlantic', 'Velvet Underground']) expect(entity(article, name)?.type).toBe('organization');
    const other = analyze('Rain stopped play at The Oval. Her memoir, entitled The Quiet Harbour, sold well. Talks resumed in The Hague.');
    expect(entity(other, 'Oval')?.type).not.toBe('organization');
    expect(entity(other, 'Quiet Harbour')?.type).not.toBe('organization');
    expect(entity(other, 'The Hague')?.type ?? entity(other, 'Hague')?.type).toBe('place');
  });

  it('reads a name set off by an apposition an organization noun heads as an organization: "Brightwater, a charity that …"', () => {
    const article = analyze(
      'Charity sues\n\nBrightwater, an advocacy group based in Ohio, sued the state on Tuesday. Officials said Kestrel Ledger, a news site, had erred.\n',
    );
    for (const name of ['Brightwater', 'Kestrel Ledger']) expect(entity(article, name)?.type).toBe('organization');
    // Set after a description: "Norland's parliament, the Stavting, …", "its parent company, Vantor, …".
    const after = analyze("Vote\n\nNorland's parliament, the Stavting, voted on Thursday. Its parent company, Vantor, declined to comment. A spokesman for the company, Okoro, said no.\n");
    for (const name of ['Stavting', 'Vantor']) expect(entity(after, name)?.type).toBe('organization');
    expect(entity(after, 'Okoro')?.type).not.toBe('organization');
    // Not a person named with evidence, a place where the clause happens, nor what a group noun counts.
    const other = analyze('Aid cut\n\nJane Okafor, the group\'s leader, spoke. In the Rotunda, a group of Republicans met. In Ohio, a charity closed.\n');
    expect(entity(other, 'Jane Okafor')?.type).toBe('person');
    expect(entity(other, 'Rotunda')?.type).not.toBe('organization');
    expect(entity(other, 'Ohio')?.type).toBe('place');
  });

  it('reads the people of a place ("Many Texans", "New Yorkers and Londoners") as no name, but keeps a team named after them', () => {
    const article = analyze('Turnout\n\nMany Texans and Californians voted early. New Yorkers and Londoners were angry. Houston Texans quarterback Jim Lowe spoke.\n');
    expect(article.entities.map((e) => e.name).sort()).toEqual(['Houston Texans', 'Jim Lowe']);
  });

  it('reads a street named like a person as a place, and a shop "on" a street as no part of it', () => {
    const article = analyze('Raid\n\nThree men raided Corrow Jewellers on Martin Street on Saturday. Police closed Ellis Road.\n');
    expect(entity(article, 'Martin Street')?.type).toBe('place');
    expect(entity(article, 'Ellis Road')?.type).toBe('place');
    expect(entity(article, 'Corrow Jewellers on Martin Street')).toBeUndefined();
  });

  it('keeps a news agency in a dateline apart from a company with its initials named later ("(AP)" is not "Astellas Pharma")', () => {
    const article = analyze('Talks resume\n\nBEIJING (AP) — Tokyo pressed for the release of an employee of Arvell Pharma who was detained. The United Nations (UN) said little.\n');
    expect(entity(article, 'Arvell Pharma')?.aliases).toEqual([]);
    expect(entity(article, 'AP')?.type).toBe('organization');
    expect(entity(article, 'United Nations')?.aliases).toContain('UN');
  });

  it('reads a party before a name as a role ("Democrat Maya Okonkwo"), and her surname as hers though the reader took it for a body', () => {
    const article = analyze('Poll\n\nDemocrat Maya Okonkwo has cut the lead to three points. The survey found Whitfield at 47 percent and Okonkwo at 44 percent.\n');
    const person = entity(article, 'Maya Okonkwo')!;
    expect(person.roles).toContain('Democrat');
    expect(entity(article, 'Democrat Maya Okonkwo')).toBeUndefined();
    expect(article.entities.filter((e) => e.name === 'Okonkwo')).toEqual([]);
  });

  it('reads a wire dateline on a line of its own as a place ("MILAN , Italy 2026-03-14"), whatever the rest of the article calls the name', () => {
    const article = analyze('RUGBY - HARLOW NAMES BRANDT AS COACH .\nMILAN , Italy 2026-03-14\nThe Harlow club named Ida Brandt its coach on Tuesday , after a season without wins in Milan .\n');
    const dateline = article.entities.flatMap((e) => e.mentions.map((m) => ({ ...m, type: m.type ?? e.type }))).find((m) => m.text === 'MILAN' && m.start > 30);
    expect(dateline).toMatchObject({ type: 'place', rule: 'place.dateline' });
  });

  it('reads a name as the company its legal form names, wherever the reader typed it otherwise, and a heading "About X" as X', () => {
    const article = analyze(
      'Vantor Health reports record quarter\n\nBOSTON -- Vantor Health Inc. today reported revenue of $412 million.\n\nAbout Vantor Health\nVantor Health provides remote monitoring for 2 million patients.\n',
    );
    expect(article.entities.filter((e) => e.name.includes('Vantor')).map((e) => [e.name, e.type])).toEqual([['Vantor Health', 'organization']]);
    expect(entity(article, 'Vantor Health')!.mentions.map((m) => m.text)).not.toContain('About Vantor Health');
  });

  it('cuts a rival opening a sentence from the company after it: "Rival Lumora Health said"', () => {
    const article = analyze('Chips\n\nRival Lumora Health said on Monday it would cut prices.\n');
    expect(article.entities.map((e) => [e.name, e.type])).toEqual([['Lumora Health', 'organization']]);
  });

  it('cuts a describing word opening a sentence from a company the lexicon knows: "Rivals Netflix and Disney", not "Port Vale"', () => {
    const article = analyze('Prices\n\nThe streamer raised its prices on Tuesday.\n\nRivals Netflix and Disney have also raised prices this year.\n');
    expect(article.entities.map((e) => e.name)).toContain('Netflix');
    expect(article.entities.map((e) => e.name)).not.toContain('Rivals Netflix');
    // A name's own first word stays, though the lexicon knows the rest: "Port Vale" is no "Vale".
    expect(analyze('Football\n\nPort Vale beat Hartlepool 2-1 at home on Saturday.\n').entities.map((e) => e.name)).toContain('Port Vale');
  });

  it('reads an organization the lexicon knows by its capitals written as a word ("Nato", "Opec"), but not "Who"', () => {
    const article = analyze('Alliance talks\n\nNato said the plan was sound. Opec cut output again. Who knows what comes next?\n');
    expect(entity(article, 'Nato')?.type).toBe('organization');
    expect(entity(article, 'Opec')?.type).toBe('organization');
    expect(entity(article, 'Who')).toBeUndefined();
  });

  it('reads a place that is also a given name before a surname as a person ("a Jordan Pike header", "Chad Morrow"), not a team or a party', () => {
    const article = analyze('Cup tie\n\nKingsbridge led through a Jordan Pike header, but Pike later missed a penalty. Chad Morrow said the side was tired.\n');
    expect(entity(article, 'Jordan Pike')?.type).toBe('person');
    expect(entity(article, 'Jordan Pike')!.mentions.map((m) => m.text)).toEqual(['Jordan Pike', 'Pike']);
    expect(entity(article, 'Chad Morrow')?.type).toBe('person');
    const others = analyze('Talks\n\nTrade between Jordan and Egypt grew. Virginia Democrats met the Houston Astros.\n');
    expect(entity(others, 'Jordan')?.type).toBe('place');
    expect(others.entities.filter((e) => e.type === 'person')).toEqual([]);
  });

  it('reads members named with a word before them, after "the", as a party ("the Social Democrats"), not as people', () => {
    const article = analyze('Vote\n\nThe Social Democrats and their partners won the vote, and the Senate Republicans agreed.\n');
    expect(entity(article, 'Social Democrats')?.type).toBe('organization');
    expect(entity(article, 'Senate Republicans')?.type).toBe('organization');
  });

  it('reads Brussels acting as the European Union, not Belgium, and keeps the mention a place; a summit in Brussels stays the city', () => {
    const article = analyze('Defence vote\n\nBrussels welcomed the decision. Ministers met at a summit in Brussels on Friday.\n');
    const acting = article.quotes[0]!;
    expect(article.entities.find((e) => e.id === acting.speaker)).toMatchObject({ name: 'European Union', type: 'organization' });
    expect(entity(article, 'Belgium')).toBeUndefined();
  });

  it('keeps a title\'s words joined by "and" ("Work and Pensions Secretary"), but not a name before "and" ("Russia and Chinese President")', () => {
    const article = analyze('Talks\n\nWork and Pensions Secretary Ada Ferris defended the plan. Russia and Chinese President Li Qiang agreed.\n');
    expect(entity(article, 'Ada Ferris')?.roles).toEqual(['Work and Pensions Secretary']);
    expect(entity(article, 'Li Qiang')?.roles).toEqual(['Chinese President']);
  });

  it('reads a lone word joined to a place after "in" as a place, though it is a first name', () => {
    const article = analyze('The storm flattened homes in Leyte and Samar on Tuesday.');
    expect(entity(article, 'Samar')?.type).toBe('place');
    expect(entity(analyze('Sales rose in France and Macron said so. Emmanuel Macron spoke.'), 'Emmanuel Macron')?.mentions).toHaveLength(2);
  });

  it('reads a name across an editor\'s bracket whole, and a demonym after common words as no one', () => {
    const article = analyze('Officials weighed it, a senior [President Tom] Hale administration official said. She covers U.S.-China relations, East Asian and Southeast Asian affairs for the paper.');
    expect(entity(article, 'Tom Hale')?.mentions.map((m) => m.text)).toEqual(['Tom] Hale']);
    expect(article.entities.map((e) => e.name)).not.toContain('East Asian');
    // A demonym alone before a word in lower case describes: "the Ukrainian military", "Kenyan farmers"; the country is still a place.
    const strikes = analyze('Russia said it hit sites used by the Ukrainian military. Kenyan farmers protested in Nairobi, and Kenya closed its border.');
    expect(strikes.entities.map((e) => e.name)).not.toContain('Ukrainian');
    expect(strikes.entities.map((e) => e.name)).not.toContain('Kenyan');
    expect(typeOf(strikes, 'Kenya')).toBe('place');
  });

  it('reads a name beside a tennis set score as a player, and an office before a name as a person\'s', () => {
    expect(typeOf(analyze('In the final, Okafor beat Lindqvist 7-5 6-4.'), 'Lindqvist')).toBe('person');
    expect(entity(analyze('Alderman Rosa Brook opened the fair.'), 'Rosa Brook')).toMatchObject({ type: 'person', roles: ['Alderman'] });
    expect(typeOf(analyze('Boats sailed into Prince William Sound at dawn.'), 'Prince William Sound')).not.toBe('person');
  });

  it('reads names after a settlement noun and "of", and those listed with them, as places: "the towns of Canoas and São Leopoldo"', () => {
    const article = analyze('Rescue teams went to the towns of Canoas and São Leopoldo, and to the villages of Arroio Pinto and Vila Nova.');
    for (const name of ['São Leopoldo', 'Arroio Pinto', 'Vila Nova']) expect(entity(article, name)?.type).toBe('place');
    // A person named with a title stays one.
    expect(entity(analyze('The mayor of the city of Lagos, Governor Ada Okafor, said the roads were shut.'), 'Ada Okafor')?.type).toBe('person');
  });

  it('reads a name the model hesitates over between two places of a list as a place, and any name in a list after "in" or before a word for a settlement', () => {
    const article = analyze(
      'Flood warnings issued as storm nears coast\n\nResidents of three coastal towns were told to leave their homes on Friday.\n\n' +
        'The Met Office issued red warnings for Plymouth, Falmouth and Exeter.\n\nJenny Hart, 34, who lives on the seafront in Penzance, said she had packed a bag.\n',
    );
    expect(typeOf(article, 'Falmouth')).toBe('place');
    // Between "the" and a word for a settlement: "in the Lyari district".
    expect(typeOf(analyze('Heat\n\nNasreen Bibi, 52, sells vegetables in the Malir district.\n'), 'Malir')).toBe('place');
    // After a preposition of place, whatever the model reads: "in Kisumu, Kamau and Homa Bay".
    expect(typeOf(analyze('Recount\n\nOfficials will recount ballots in Kisumu, Kamau and Homa Bay.\n'), 'Kamau')).toBe('place');
    // Last in a list of two places or more, whatever comes before it: "have spread to Mombasa, Kisumu and Kamau".
    expect(typeOf(analyze('Protests\n\nThe protests have spread to Mombasa, Kisumu and Kamau.\n'), 'Kamau')).toBe('place');
    // A given name before a place in a route: "between Preston and Glasgow"; not two people.
    expect(typeOf(analyze('The operator cancelled all trains between Preston and Glasgow.'), 'Preston')).toBe('place');
    expect(typeOf(analyze('Talks between Preston and Dana Okafor ended.'), 'Preston')).toBe('person');
  });

  it('links "shares in X" to the company named before, not a place', () => {
    const article = analyze('Norwegian utility Nordvik Energy ASA agreed to buy a rival on Wednesday. Shares in Nordvik rose 3 percent, and Lazard advised Nordvik.');
    expect(entity(article, 'Nordvik Energy ASA')?.mentions.map((m) => m.text)).toEqual(['Nordvik Energy ASA', 'Nordvik', 'Nordvik']);
    // Named nowhere else, what is owned in shares is still a company; a place the lexicon knows is the market.
    const market = analyze('Shares in Tavrida rose 5 percent, and shares in Asia fell. Critics showed little interest in Hollis\'s legacy.');
    expect(entity(market, 'Tavrida')?.type).toBe('organization');
    expect(entity(market, 'Asia')?.type).toBe('place');
    expect(entity(market, 'Hollis')?.type).not.toBe('organization');
  });

  it('reads the names before ", whose shares" as companies, both of a pair: "makers such as Sonova and Demant, whose shares fell"', () => {
    const article = analyze('Analysts said the device could put pressure on established makers such as Velmora and Ostrand, whose shares fell 3%.');
    expect(typeOf(article, 'Velmora')).toBe('organization');
    expect(typeOf(article, 'Ostrand')).toBe('organization');
  });

  it('reads every mention of a name as a company once one is owned or has a board: "Tarrow shareholders", "the board of Tarrow"', () => {
    const article = analyze(
      'Brewers merge\n\nHalvorsen agreed on Monday to buy Tarrow for 2 billion euros. Tarrow shareholders will receive 900 pence a share, and the board of Tarrow backed the offer. Shares in Halvorsen fell.\n',
    );
    for (const name of ['Halvorsen', 'Tarrow']) expect(entity(article, name)).toMatchObject({ type: 'organization' });
    expect(entity(article, 'Tarrow')!.mentions).toHaveLength(3);
    // A common word opening a line is no company: "Total shares traded".
    expect(entity(analyze('Market data\n\nTotal shares traded 4.5 million\n'), 'Total')).toBeUndefined();
  });

  it('reads storms and military operations as events, no actors, but keeps a team named Storm', () => {
    const article = analyze('Hurricane Dana made landfall in Florida. Tropical Storm Orla weakened, and Operation Harbour Shield began. The Seattle Storm won.');
    expect(article.entities.map((e) => e.name).sort()).toEqual(['Florida', 'Seattle Storm']);
  });

  it('reads religious observances as no name', () => {
    const article = analyze('Two million pilgrims arrived for the Hajj this week, and many stayed on for Umrah.');
    expect(article.entities.map((e) => e.name)).toEqual([]);
  });

  it('reads a title alone as the person who holds it, never as a name', () => {
    const article = analyze('President Barack Obama spoke on Monday. The President said the bill would pass.');
    expect(entity(article, 'Barack Obama')?.mentions.map((m) => m.text)).toEqual(['Barack Obama', 'President']);
    expect(entity(article, 'President')).toBeUndefined();
  });

  it('also counts a place the text names inside an organization\'s name', () => {
    const article = analyze('Researchers at the University of Texas studied the storm. Texas officials said the damage was severe.');
    const texas = entity(article, 'Texas')!;
    expect(texas.type).toBe('place');
    expect(texas.mentions.map((m) => m.rule)).toEqual(['place.nested', expect.stringMatching(/^place\./)]);
    expect(entity(article, 'University of Texas')?.type).toBe('organization');
    // Named only inside an organization's name, a place is not an actor of the article.
    expect(entity(analyze('She works for Voice of America in Washington.'), 'America')).toBeUndefined();
  });

  it('keeps a hyphenated given name whole, and "X-based" or "X-era" apart', () => {
    const article = analyze('President Moon Jae-in met Kim Jong-un in Panmunjom. Taipei mayor Hau Lung-bin watched. The Seoul-based group and Biden-era rules.');
    expect(article.entities.filter((e) => e.type === 'person').map((e) => e.name).sort()).toEqual(['Hau Lung-bin', 'Kim Jong-un', 'Moon Jae-in']);
    expect(entity(article, 'Seoul')?.type).toBe('place');
  });

  it('reads a name across a prefix the parser splits at its hyphen: "Co-operation", but not "Seoul-based"', () => {
    const article = analyze(
      'The Organisation for Regional Co-operation and Development said growth would slow. Officials at the Baltic Co-operation Council said talks had stalled. ' +
        'The Seoul-based Harbor Bank was cited.',
    );
    expect(entity(article, 'Organisation for Regional Co-operation and Development')?.type).toBe('organization');
    expect(entity(article, 'Baltic Co-operation Council')?.type).toBe('organization');
    // The officials at the council speak, unnamed.
    expect(article.quotes.map((q) => q.source?.text)).toEqual(['Organisation for Regional Co-operation and Development', 'Officials at the Baltic Co-operation Council']);
    expect(entity(article, 'Harbor Bank')?.type).toBe('organization');
    expect(entity(article, 'Seoul')?.type).toBe('place');
  });

  it('reads a lexicon place before a possessive and the name after it as two names', () => {
    const article = analyze("South Korea's Lee Jae-myung also offered help. Moody's Investors Service cut the rating.");
    expect(entity(article, 'South Korea')?.type).toBe('place');
    expect(entity(article, 'Lee Jae-myung')?.type).toBe('person');
    expect(typeOf(article, "Moody's Investors Service")).toBe('organization');
  });

  it('reads an owner and what it owns as two names when the text names the owned one alone too', () => {
    const article = analyze(
      "Amazon's Whole Foods reported gains, and Whole Foods shares rose. St. John's University said the University would reopen. " +
        "McDonald's Corp said sales rose.",
    );
    expect(entity(article, 'Amazon')?.type).toBe('organization');
    expect(entity(article, 'Whole Foods')?.mentions).toHaveLength(2);
    expect(typeOf(article, "St. John's University")).toBe('organization');
    expect(typeOf(article, "McDonald's Corp")).toBe('organization');
  });

  it('reads the owner of a person\'s full name as where the person works', () => {
    const article = analyze("Wedbush's Dan Ives was upbeat. Mizuho's Laura Klee said margins would fall.");
    expect(entity(article, 'Wedbush')?.type).toBe('organization');
    expect(entity(article, 'Mizuho')?.type).toBe('organization');
    expect(entity(article, 'Dan Ives')?.type).toBe('person');
    expect(entity(article, 'Laura Klee')?.type).toBe('person');
    // Before a role and a name, a word is where the person works; not an adjective of party or rank.
    const parties = analyze('Republican nominee Dana Moss said the plan would fail. Democratic candidate Ellis Grady agreed.');
    expect(parties.entities.map((e) => e.name).sort()).toEqual(['Dana Moss', 'Ellis Grady']);
  });

  it('reads two organizations joined by "and" as two, when the first ends in a legal form or is named alone too', () => {
    const article = analyze(
      'The rules would cost Google and Apple Inc. billions. Google declined to comment. ' +
        'Shares of Procter & Gamble Co. and Johnson & Johnson fell. The Organization for Security and Cooperation in Europe sent monitors.',
    );
    expect(entity(article, 'Google')?.mentions).toHaveLength(2);
    expect(entity(article, 'Apple Inc.')?.type).toBe('organization');
    expect(typeOf(article, 'Procter & Gamble Co.')).toBe('organization');
    expect(typeOf(article, 'Johnson & Johnson')).toBe('organization');
    expect(typeOf(article, 'Organization for Security and Cooperation')).toBe('organization');
  });

  it('links an organization named with and without its head word, but not a place left without it', () => {
    const article = analyze(
      'The National Unity Party lost its majority. National Unity won 28.1% of the vote. ' +
        'The Human Rights Council met; the Human Rights Commission did not. New York University and the New York Times agreed.',
    );
    expect(entity(article, 'National Unity Party')?.mentions.map((m) => m.text)).toEqual(['National Unity Party', 'National Unity']);
    expect(entity(article, 'Human Rights Commission')).toBeDefined();
    expect(entity(article, 'New York Times')?.mentions).toHaveLength(1);
  });

  it('reads a known given name and a family name joined to its article as a person, but not a mountain', () => {
    const article = analyze(
      '"We are cautiously optimistic," Majed al-Ansari, a spokesman for the ministry, told a briefing. Majed al-Ansari said the gaps were wide. ' +
        'Jebel al-Akhdar rises above the coast.',
    );
    expect(entity(article, 'Majed al-Ansari')?.type).toBe('person');
    expect(entity(article, 'Majed al-Ansari')?.mentions).toHaveLength(2);
    expect(article.quotes[0]?.speakerText).toBe('Majed al-Ansari');
    expect(typeOf(article, 'Jebel al-Akhdar')).not.toBe('person');
  });

  it('links a country\'s short name the model read alone to the country the rules named', () => {
    const article = analyze('U.S. Secretary of State Maria Lindqvist spoke on Monday. Egyptian and U.S. officials also attended.');
    expect(article.entities.filter((e) => e.name === 'U.S.')).toEqual([]);
    expect(entity(article, 'United States')?.mentions.map((m) => m.text)).toEqual(['U.S.', 'U.S.']);
  });

  it('reads a name written again the way the text named it before', () => {
    const article = analyze('Hackers attacked the Church of Valdism on Friday. Valdism has been waging a campaign against critics for years, said one poster. Traffic to the Valdism homepage rose, and by Saturday Valdism: 0.');
    const church = entity(article, 'Church of Valdism')!;
    expect(church.type).toBe('organization');
    expect(church.mentions.map((m) => m.text)).toEqual(['Church of Valdism', 'Valdism', 'Valdism', 'Valdism']);
    expect(church.mentions.map((m) => m.rule)).toContain('name.repeated');
    expect(entity(article, 'Valdism')).toBeUndefined();
  });

  it('ends a name before a caption\'s credit label', () => {
    const article = analyze('The crew waved from the International Space Station Image: NASA.');
    const names = article.entities.flatMap((e) => e.mentions.map((m) => m.text));
    expect(names.some((name) => name.endsWith('Space Station'))).toBe(true);
    expect(names.join(' ')).not.toMatch(/Image/);
  });

  it('gives East Asian names their family name, which comes first', () => {
    const article = analyze('Chinese Foreign Minister Wang Yi met North Korean leader Kim Jong Un in Pyongyang. Wang said the talks were frank, and Kim agreed to meet again.');
    const wang = entity(article, 'Wang Yi')!;
    const kim = entity(article, 'Kim Jong Un')!;
    expect(wang.aliases).toEqual(['Wang']);
    expect(kim.aliases).toEqual(['Kim']);
    expect(wang.mentions).toHaveLength(2);
    expect(kim.mentions).toHaveLength(2);
  });

  it('gives a Burmese name, which has no family name, no short one: "Min Aung Hlaing" is never "Hlaing"', () => {
    const article = analyze('Senior General Min Aung Hlaing met the envoy in Naypyitaw, and the junta spokesman, Zaw Min Tun, said the talks went well.');
    expect(entity(article, 'Min Aung Hlaing')!.aliases).toEqual([]);
    expect(entity(article, 'Zaw Min Tun')!.aliases).toEqual([]);
  });

  it('reads a family name the lexicon lacks first before a given name joined in lower case: "Jun Young-hyun" is Jun', () => {
    const article = analyze('Vice Chairman Jun Young-hyun told shareholders the plant would open in 2027.');
    expect(entity(article, 'Jun Young-hyun')!.aliases).toEqual(['Jun']);
  });

  it('reads two family names, the commoner one last, in Western order: "Hao Zhang" is Zhang', () => {
    const article = analyze('Hao Zhang, a China scholar at the Harlow Institute, said the visit was planned.');
    expect(entity(article, 'Hao Zhang')!.aliases).toEqual(['Zhang']);
  });

  it('keeps a Korean given name whole across its hyphen, and the family name as the short name', () => {
    const article = analyze('Korea talks\n\nSouth Korean President Moon Jae-in said talks would resume. President Park Min-jun welcomed them. Moon said he was hopeful.\n');
    expect(entity(article, 'Moon Jae-in')!.aliases).toEqual(['Moon']);
    expect(entity(article, 'Park Min-jun')!.type).toBe('person');
    expect(article.quotes.map((q) => q.speakerText)).toEqual(['Moon Jae-in', 'Moon']);
    // A family name that is an English word, opening the sentence: "Son Heung-min", then "Son" alone.
    const son = analyze('Son Heung-min added a second before half-time, and the crowd praised Son after the game.');
    expect(entity(son, 'Son Heung-min')).toMatchObject({ type: 'person', aliases: ['Son'] });
    expect(entity(son, 'Son Heung-min')!.mentions.map((m) => m.text)).toEqual(['Son Heung-min', 'Son']);
  });

  it('gives no one a family name two people share as a short name', () => {
    const article = analyze('"We will miss the ferry," Ewan Tully said. His daughter, Moira Tully, a nurse, said the county never asked him.');
    expect(entity(article, 'Ewan Tully')!.aliases).toEqual([]);
    expect(entity(article, 'Moira Tully')!.aliases).toEqual([]);
  });

  it('takes the text\'s own usage for a Chinese name in Western order', () => {
    const article = analyze('"The risk is real," said Tong Zhao, a senior fellow at a think tank. Zhao added that talks would continue.');
    expect(entity(article, 'Tong Zhao')!.aliases).toEqual(['Zhao']);
  });

  it('links a surname alone to the person named before, and no unnamed source is made of it', () => {
    const article = analyze('Headline\n\nThe ministers, Aigerim Zhunusova of Kazakhstan and Jamshid Tursunov of Uzbekistan, will chair the commission.\n\nTursunov said that Uzbekistan had begun lining its canals.\n');
    expect(entity(article, 'Jamshid Tursunov')!.mentions.map((m) => m.text)).toEqual(['Jamshid Tursunov', 'Tursunov']);
    expect(article.entities.filter((e) => e.anonymous).map((e) => e.name)).toEqual([]);
  });

  it('keeps editorial brackets out of names and aliases', () => {
    const article = analyze('"We will respond," [President Joe] Biden said on Friday. Biden spoke in Delaware.');
    const biden = entity(article, 'Joe Biden')!;
    expect(biden.type).toBe('person');
    expect(biden.aliases.join(' ')).not.toMatch(/[[\]]/);
  });

  it('says why it found a name, with a confidence between 0 and 1', () => {
    const article = analyze('Ada Okoro, who runs Lumen Labs in Brisbane, said the trial had worked.');
    const mentions = article.entities.flatMap((e) => e.mentions);
    expect(mentions.length).toBeGreaterThanOrEqual(3);
    for (const m of mentions) {
      expect(m.rule).toMatch(/\S/);
      expect(m.confidence).toBeGreaterThan(0);
      expect(m.confidence).toBeLessThanOrEqual(1);
    }
  });
});

describe('the weights file', () => {
  const shipped = () => {
    const { model } = nerModel();
    return writeModel(model!, { reader: 'ner', templates: [...NER_TEMPLATES], about: {} });
  };

  afterEach(() => useNerWeights(null));

  it('were trained on the features the code makes: a rule or word list the readers read changed since needs "npm run train"', () => {
    const shippedHeader = (reader: 'ner' | 'attribution', templates: readonly string[]) =>
      readModel(readFileSync(join(__dirname, `../src/analysis/learn/models/${reader}.bin`)), { reader, templates }).header;
    expect(shippedHeader('ner', NER_TEMPLATES).about['fingerprint']).toBe(featureFingerprint('ner'));
    expect(shippedHeader('attribution', ATTRIBUTION_TEMPLATES).about['fingerprint']).toBe(featureFingerprint('attribution'));
  });

  it('round-trips', () => {
    const bytes = shipped();
    const { model, header } = readModel(bytes, { reader: 'ner', templates: NER_TEMPLATES });
    expect(header.labels).toEqual([...NER_LABELS]);
    expect(Buffer.from(writeModel(model, { reader: 'ner', templates: [...NER_TEMPLATES], about: {} })).equals(Buffer.from(bytes))).toBe(true);
  });

  it('refuses a corrupt, truncated or foreign file, loudly', () => {
    const bytes = shipped();
    const flipped = bytes.slice();
    flipped[bytes.length >> 1]! ^= 0xff;
    expect(() => readModel(flipped, { reader: 'ner', templates: NER_TEMPLATES })).toThrow(/checksum/);
    expect(() => readModel(bytes.subarray(0, 100), { reader: 'ner', templates: NER_TEMPLATES })).toThrow(ModelFileError);
    expect(() => readModel(new TextEncoder().encode('not a model at all'), { reader: 'ner', templates: NER_TEMPLATES })).toThrow(/magic/);
    expect(() => readModel(bytes, { reader: 'attribution', templates: NER_TEMPLATES })).toThrow(/ner reader/);
    expect(() => readModel(bytes, { reader: 'ner', templates: [...NER_TEMPLATES, 'new'] })).toThrow(/templates/);
  });

  it('falls back to the rules and says so when the weights do not load', () => {
    const text = 'Dr. Ada Okoro of the Lumen Institute said in Brisbane that the trial had worked.';
    useNerWeights(new Uint8Array(64));
    const fallback = analyze(text);
    expect(fallback.warnings.join(' ')).toMatch(/entity reader.*rules/);
    expect(fallback.entities.map((e) => e.name)).toContain('Ada Okoro');
    expect(fallback.entities.flatMap((e) => e.mentions).every((m) => m.rule !== 'ner.model' && m.confidence === undefined)).toBe(true);
    useNerWeights(null);
    expect(analyze(text).warnings).toEqual([]);
  });
});

/** "[Ada Okoro](person) met [Lumen Labs](organization)" → text and mentions. */
function marked(source: string): NerDocument {
  const mentions: NerDocument['mentions'] = [];
  let text = '';
  let last = 0;
  for (const m of source.matchAll(/\[([^\]]+)\]\((person|organization|place|misc)\)/g)) {
    text += source.slice(last, m.index);
    mentions.push({ start: text.length, end: text.length + m[1]!.length, type: m[2]! });
    text += m[1];
    last = m.index! + m[0].length;
  }
  return { text: text + source.slice(last), mentions };
}

// A small annotated set of our own: the tests never read ../shared.
const TRAINING = [
  '[Ada Okoro](person) met [Tomas Reyes](person) in [Brisbane](place) on Monday.',
  '[Lumen Labs](organization) said on Tuesday that profits rose in [Canada](place).',
  'The [Harbor Council](organization) voted to close the bridge, [Mira Patel](person) said.',
  '[Okoro](person) told reporters in [Lisbon](place) that the [Nordic Bank](organization) would lend more.',
  'Officials in [Kenya](place) and [Peru](place) welcomed the deal with [Vela Motors](organization).',
  '[Jonas Lind](person), a spokesman for [Avery Foods](organization), declined to comment.',
  'The [Greenfield Trust](organization) hired [Sara Holm](person) as its director in [Oslo](place).',
  'Prices fell in [Madrid](place) after [Reyes](person) warned of a slowdown.',
  '[Patel](person) joined [Lumen Labs](organization) from the [Ministry of Health](organization) last year.',
  'Storms hit [Manila](place) and [Cebu](place), the [Red Cross](organization) said.',
];

describe('training the entity reader', () => {
  const trainOnce = () => {
    const data = TRAINING.flatMap((line) => nerTrainingSequences(marked(line)));
    const model = train(NER_LABELS, data, { epochs: 6, seed: 11 });
    return writeModel(model, { reader: 'ner', templates: [...NER_TEMPLATES], about: { test: true } });
  };

  it('is seeded and deterministic, and the weights load and tag a sentence', () => {
    const first = trainOnce();
    expect(trainOnce()).toEqual(first);
    const { model } = readModel(first, { reader: 'ner', templates: NER_TEMPLATES });
    const { sentences, context } = readDocument('[Tomas Reyes] said the Harbor Council would meet in Oslo.'.replace(/[[\]]/g, ''));
    const spans = tagNames(model, sentences[0]!, context);
    const words = sentences[0]!.words;
    const found = spans.map((s) => `${words.slice(s.from, s.to).map((w) => w.text).join(' ')}:${s.type}`);
    expect(found).toContain('Tomas Reyes:person');
    expect(found).toContain('Oslo:place');
  });

  it('cuts gold mentions to their names: no determiner, title or trailing clause', () => {
    const [sequence] = nerTrainingSequences(marked('Yesterday [the Harbor Council, which met in public](organization) and [President Ada Okoro](person) agreed.'));
    const labels = [...sequence!.labels!].map((l) => NER_LABELS[l]);
    const words = readDocument('Yesterday the Harbor Council, which met in public and President Ada Okoro agreed.').sentences[0]!.words.map((w) => w.text);
    const named = words.filter((_, i) => labels[i] !== 'O');
    expect(named).toEqual(['Harbor', 'Council', 'Ada', 'Okoro']);
  });
});

describe('decoding', () => {
  it('scores each word by its prior and its features\' weights, scaled, and a word without features as O', () => {
    const L = NER_LABELS.length;
    const row = (base: number) => Int8Array.from({ length: L }, (_, l) => base - l * 3);
    const weights = new Int8Array([...row(7), ...row(-20), ...row(100)]);
    const model = new LinearModel(NER_LABELS, new WeightTable(Uint32Array.from([5, 9, 0xfffffff0]), weights, L, 0.25), new Float32Array((L + 1) * L));
    // Word 0: two features and a prior; word 1: none (not read); word 2: a feature the table lacks and a negative key.
    const features = Uint32Array.from([5, 9, 12345, 0xfffffff0]);
    const offsets = Uint32Array.from([0, 2, 2, 4]);
    const priors = Float64Array.from({ length: 3 * L }, (_, i) => i % 4);
    const out = new Float32Array(3 * L);
    model.emissions({ features, offsets, priors }, out);
    for (let l = 0; l < L; l++) {
      expect(out[l]).toBe((priors[l]! + (7 - l * 3) + (-20 - l * 3)) * 0.25);
      expect(out[L + l]).toBe(l === 0 ? 0 : -1e9);
      expect(out[2 * L + l]).toBe((priors[2 * L + l]! + (100 - l * 3)) * 0.25);
    }
  });

  /** The best well-formed path by trying every one: a check on Viterbi for a few words. */
  const bruteForce = (scores: Float32Array, n: number, L: number, transitions: Float32Array, allowed: Uint8Array): number[] => {
    let best: number[] = [];
    let bestScore = -Infinity;
    const path: number[] = [];
    const walk = (t: number, score: number) => {
      if (t === n) {
        if (score > bestScore) [best, bestScore] = [path.slice(), score];
        return;
      }
      for (let l = 0; l < L; l++) {
        const row = t === 0 ? 0 : path[t - 1]! + 1;
        if (!allowed[row * L + l]) continue;
        path[t] = l;
        walk(t + 1, score + scores[t * L + l]! + transitions[row * L + l]!);
      }
    };
    walk(0, 0);
    return best;
  };

  it('finds the best well-formed labels, over words read and not read', () => {
    let seed = 5;
    const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const L = NER_LABELS.length;
    const allowed = transitionMask(NER_LABELS);
    const transitions = Float32Array.from({ length: (L + 1) * L }, () => Math.round((random() - 0.5) * 40));
    const model = new LinearModel(NER_LABELS, new WeightTable(new Uint32Array(0), new Int8Array(0), L, 1), transitions);
    for (let trial = 0; trial < 200; trial++) {
      const n = 1 + Math.floor(random() * 4);
      const scores = Float32Array.from({ length: n * L }, () => Math.round((random() - 0.5) * 60) + random());
      // A word not read is O: the other labels out of reach.
      for (let t = 0; t < n; t++) if (random() < 0.3) for (let l = 1; l < L; l++) scores[t * L + l] = -1e9;
      const labels = new Uint8Array(n);
      model.decode(scores, n, labels);
      expect([...labels]).toEqual(bruteForce(scores, n, L, transitions, allowed));
    }
  });
});
