package org.personneltracker.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The examples of RFC 7396, appendix A, and the one of section 3. */
class MergePatchTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text.replace('\'', '"'));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "{'a':'b'}                 | {'a':'c'}              | {'a':'c'}",
        "{'a':'b'}                 | {'b':'c'}              | {'a':'b','b':'c'}",
        "{'a':'b'}                 | {'a':null}             | {}",
        "{'a':'b','b':'c'}         | {'a':null}             | {'b':'c'}",
        "{'a':['b']}               | {'a':'c'}              | {'a':'c'}",
        "{'a':'c'}                 | {'a':['b']}            | {'a':['b']}",
        "{'a':{'b':'c'}}           | {'a':{'b':'d','c':null}} | {'a':{'b':'d'}}",
        "{'a':[{'b':'c'}]}         | {'a':[1]}              | {'a':[1]}",
        "['a','b']                 | ['c','d']              | ['c','d']",
        "{'a':'b'}                 | ['c']                  | ['c']",
        "{'a':'foo'}               | null                   | null",
        "{'a':'foo'}               | 'bar'                  | 'bar'",
        "{'e':null}                | {'a':1}                | {'e':null,'a':1}",
        "[1,2]                     | {'a':'b','c':null}     | {'a':'b'}",
        "{}                        | {'a':{'bb':{'ccc':null}}} | {'a':{'bb':{}}}",
        "{'title':'Goodbye!','author':{'givenName':'John','familyName':'Doe'},'tags':['example','sample'],'content':'x'}"
            + " | {'title':'Hello!','phoneNumber':'+01-123-456-7890','author':{'familyName':null},'tags':['example']}"
            + " | {'title':'Hello!','author':{'givenName':'John'},'tags':['example'],'content':'x','phoneNumber':'+01-123-456-7890'}"
    })
    void appliesAsRfc7396Says(String target, String patch, String expected) throws Exception {
        JsonNode t = json(target);
        String before = t.toString();
        assertEquals(json(expected), MergePatch.apply(t, json(patch)));
        assertEquals(before, t.toString(), "the target is not changed");
    }
}
