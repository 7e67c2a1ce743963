package org.tangier.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.Base64;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.tangier.platform.Caller;
import org.tangier.platform.Role;
import org.tangier.testing.TangierTest;
import org.tangier.testing.TestAgencies;
import org.tangier.testing.TestCallers;

/** The printable notice shows the subject's photo, served through the record's access-checked route. */
@TangierTest
class NoticePhotoTest {

    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void thePrintableNoticeShowsTheSubjectsPhoto() throws Exception {
        TestAgencies agencies = new TestAgencies(jdbc, mvc);
        String agency = agencies.agency("NP");
        String token = agencies.token(agency, Role.BUREAU_OFFICER);
        String person = JsonPath.read(mvc.perform(post("/api/v1/records/persons").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"details\":{\"names\":[{\"value\":\"Photo Subject\"}],\"birthDates\":[\"1980\"]}}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        mvc.perform(multipart(HttpMethod.PUT, "/api/v1/records/" + person + "/photo")
                        .file(new MockMultipartFile("photo", "p.png", "image/png", PNG)).header("Authorization", "Bearer " + token))
                .andExpect(status().isNoContent());
        String notice = JsonPath.read(mvc.perform(post("/api/v1/notices").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"type":"BLUE","summary":"Whereabouts sought.","fields":{"informationSought":"current address"},
                                 "subjects":["%s"]}""".formatted(person)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");

        Caller officer = TestCallers.user("officer", agency, EnumSet.of(Role.BUREAU_OFFICER));
        String page = mvc.perform(get("/notices/" + notice).with(SecurityMockMvcRequestPostProcessors.authentication(
                        new TestingAuthenticationToken(officer, null, "factor:complete", "ROLE_BUREAU_OFFICER"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("/records/" + person + "/photo");
    }
}
