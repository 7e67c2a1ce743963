package org.tangier.messaging.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tangier.agencies.Agency;
import org.tangier.agencies.AgencyDirectory;
import org.tangier.crimeareas.Carrier;
import org.tangier.crimeareas.CrimeArea;
import org.tangier.crimeareas.CrimeAreas;
import org.tangier.messaging.HandlingCode;
import org.tangier.messaging.MessageDraft;
import org.tangier.messaging.MessageView;
import org.tangier.messaging.Priority;
import org.tangier.platform.Caller;
import org.tangier.platform.Callers;
import org.tangier.platform.ProblemException;

/** Inbox, sent box, search, thread and compose pages, attachment downloads, and the live stream. */
@Controller
class MessagePages {

    private final MessageService messages;
    private final MessageStream stream;
    private final AgencyDirectory agencies;
    private final CrimeAreas crimeAreas;

    MessagePages(MessageService messages, MessageStream stream, AgencyDirectory agencies, CrimeAreas crimeAreas) {
        this.crimeAreas = crimeAreas;
        this.messages = messages;
        this.stream = stream;
        this.agencies = agencies;
    }

    @GetMapping("/messages")
    String inbox(@RequestParam(required = false) String q, @RequestParam(required = false) String sender,
            @RequestParam(required = false) String priority, @RequestParam(required = false) String crimeArea,
            @RequestParam(defaultValue = "0") int page, Model model) {
        Caller caller = Callers.required();
        CrimeArea area = CrimeAreas.filter(crimeArea);
        boolean search = notBlank(q) || notBlank(sender) || notBlank(priority) || area != null;
        List<MessageSummary> list = search
                ? messages.search(caller, q, sender, notBlank(priority) ? MessageRequests.priority(priority) : null, null,
                        null, area, 50)
                : messages.inbox(caller, 50, page * 50);
        model.addAttribute("crimeArea", crimeArea);
        return list(model, search ? "search" : "inbox", list, page);
    }

    @GetMapping("/messages/sent")
    String sent(@RequestParam(defaultValue = "0") int page, Model model) {
        return list(model, "sent", messages.sent(Callers.required(), 50, page * 50), page);
    }

    @GetMapping("/messages/{id}")
    String message(@PathVariable UUID id) {
        UUID thread = messages.threadOf(Callers.required(), id);
        return "redirect:/messages/threads/" + thread + "#m-" + id;
    }

    @GetMapping("/messages/threads/{threadId}")
    String thread(@PathVariable UUID threadId, Model model) {
        List<MessageView> thread = messages.thread(Callers.required(), threadId);
        model.addAttribute("thread", thread);
        model.addAttribute("first", thread.get(0));
        model.addAttribute("last", thread.get(thread.size() - 1));
        return "messaging/thread";
    }

    @GetMapping("/messages/new")
    String compose(@RequestParam(required = false) UUID replyTo, @RequestParam(required = false) String to,
            @RequestParam(required = false) String subject, @RequestParam(required = false) String body, Model model) {
        Caller caller = Callers.required();
        if (replyTo != null) {
            MessageService.ReplyDefaults defaults = messages.replyDefaults(caller, replyTo);
            return form(model, caller, new Form(defaults.recipients(), defaults.subject(), "",
                    defaults.priority().id(), defaults.handlingCode().name(), "", replyTo), null);
        }
        // a draft another page prepared (a preservation request from a crypto trace): filled in, never sent unseen
        Set<String> recipients = to == null || to.isBlank() ? Set.of() : new TreeSet<>(MessageRequests.codes(to));
        return form(model, caller, new Form(recipients, subject == null ? "" : clip(subject, 200),
                body == null ? "" : clip(body, 10_000), "routine", "H1", "", null), null);
    }

    @PostMapping("/messages/new")
    String send(@RequestParam(required = false) List<String> recipients, @RequestParam(required = false) String subject,
            @RequestParam(required = false) String body, @RequestParam(required = false) String priority,
            @RequestParam(required = false) String handlingCode, @RequestParam(required = false) String links,
            @RequestParam(required = false) UUID replyTo, @RequestParam(required = false) List<String> crimeAreas,
            @RequestParam(value = "attachments", required = false) List<MultipartFile> files, Model model,
            RedirectAttributes redirect) throws IOException {
        Caller caller = Callers.required();
        Set<String> to = new TreeSet<>();
        if (recipients != null) {
            recipients.forEach(r -> to.addAll(MessageRequests.codes(r)));
        }
        Form typed = new Form(to, subject, body, priority, handlingCode, links, replyTo);
        model.addAttribute("selectedAreas", crimeAreas == null ? List.of() : crimeAreas);
        try {
            var areas = this.crimeAreas.parse(crimeAreas);
            List<MessageDraft.Attachment> uploads = new ArrayList<>();
            for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
                if (!file.isEmpty() || (file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank())) {
                    uploads.add(new MessageDraft.Attachment(file.getOriginalFilename(), file.getContentType(), file.getBytes()));
                }
            }
            MessageView sent = messages.send(caller, new MessageDraft(to, subject, body, MessageRequests.priority(priority),
                    MessageRequests.handling(handlingCode), MessageRequests.links(links), uploads, replyTo));
            this.crimeAreas.tag(Carrier.MESSAGE, sent.id(), areas);
            redirect.addFlashAttribute("notice", "message.sent");
            return "redirect:/messages/threads/" + sent.threadId() + "#m-" + sent.id();
        } catch (ProblemException e) {
            if (e.status() == 404) {
                throw e;
            }
            return form(model, caller, typed, e.getMessage());
        }
    }

    @GetMapping("/messages/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> attachment(@PathVariable UUID id, @PathVariable UUID attachmentId) {
        return MessageApiController.download(messages.attachment(Callers.required(), id, attachmentId));
    }

    @GetMapping(path = "/messages/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream() {
        Caller caller = Callers.required();
        if (MessageService.READERS.stream().noneMatch(caller::has)) {
            throw ProblemException.of(403, "messaging.messaging-needs-role-bureau-officer");
        }
        return stream.open(caller.agencyCode());
    }

    private String list(Model model, String box, List<MessageSummary> list, int page) {
        model.addAttribute("box", box);
        model.addAttribute("messages", list);
        model.addAttribute("areas", crimeAreas.idsOf(Carrier.MESSAGE, list.stream().map(MessageSummary::id).toList()));
        model.addAttribute("page", page);
        model.addAttribute("priorities", Priority.values());
        return "messaging/list";
    }

    private String form(Model model, Caller caller, Form form, String problem) {
        model.addAttribute("form", form);
        model.addAttribute("problem", problem);
        model.addAttribute("agencies", agencies.all().stream().filter(Agency::active)
                .filter(a -> !a.code().equals(caller.agencyCode())).toList());
        model.addAttribute("priorities", Priority.values());
        model.addAttribute("handlingCodes", HandlingCode.values());
        return "messaging/compose";
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    /** What the compose form shows: defaults, or what the user typed when a field was refused. */
    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    record Form(Set<String> recipients, String subject, String body, String priority, String handlingCode, String links,
            UUID replyTo) {
    }
}
