import { parseQuery } from '@jetstreamapp/soql-parser-js';
for (const q of [
 "SELECT Id, Name, Profile.Name, COUNT() FROM User WHERE (IsActive = true AND Name LIKE 'S%') OR NOT Username = 'x' ORDER BY Name DESC NULLS LAST LIMIT 5 OFFSET 2",
 "SELECT COUNT() FROM Lead WHERE Id IN ('a','b') AND Lead_Score__c > 10.5 AND CreatedDate = TODAY AND OwnerId IN (SELECT Id FROM User)",
 "SELECT COUNT(Id) FROM Lead WHERE NOT (Status = 'x' OR Status = null)",
 "SELECT Id FROM Lead WHERE Status != 'a' AND Rating = 'Hot' AND Lead_Score__c >= 1",
]) { try { console.log(JSON.stringify(parseQuery(q, {allowApexBindVariables:false}), null, 0)); } catch(e) { console.log('ERR', (e as Error).name, (e as Error).message); } }
try { parseQuery('SELEC Id FRM Lead'); } catch (e) { console.log('ERR', (e as Error).name, (e as Error).message); }
